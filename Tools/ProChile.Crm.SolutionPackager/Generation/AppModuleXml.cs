using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Writes the model-driven app: &lt;AppModuleSiteMap&gt; and &lt;AppModule&gt;, both in Microsoft's 9.0
    /// customization schema. Taken from exports (microsoft/powercat-automation-kit @ e8bf4a2b,
    /// AutomationCoEMain/SolutionPackage/src/AppModules/autocoe_AutomationCenter/AppModule.xml and
    /// AppModuleSiteMaps/autocoe_AutomationCenter/AppModuleSiteMap.xml; microsoft/coe-starter-kit,
    /// admin_PowerPlatformAdminView/AppModule.xml): the site map shares the app's unique name; components are
    /// tables by schemaName (type 1), forms and dashboards (60), views (26) and charts (59) by id, and the site
    /// map (62); roles by id. The elements newer exports add (statecode, NavigationType, appelements) are not in
    /// the 9.0 schema and not needed for import, so they are left out.
    /// </summary>
    internal static class AppModuleXml
    {
        /// <summary>The default app icon web resource every exported app points at (same id in every environment).</summary>
        public const string DefaultIconWebResourceId = "953b9fac-1e5e-e611-80d6-00155ded156f";

        /// <summary>The site map attributes the site map designer writes on every SubArea (all clients, all SKUs).</summary>
        private const string AllClients = "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web";
        private const string AllSkus = "All,OnPremise,Live,SPLA";

        public static IEnumerable<XElement> SiteMaps(SolutionSource source) =>
            source.App == null ? Enumerable.Empty<XElement>() : new[] { SiteMap(source.App) };

        public static IEnumerable<XElement> Apps(SolutionSource source) =>
            source.App == null ? Enumerable.Empty<XElement>() : new[] { App(source.App, source) };

        private static XElement SiteMap(AppSource app) =>
            new("AppModuleSiteMap",
                new XElement("SiteMapUniqueName", app.UniqueName),
                new XElement("SiteMapName", app.Name.Spanish),
                new XElement("SiteMap",
                    new XAttribute("IntroducedVersion", "7.0.0.0"),
                    app.Areas.Select(area => new XElement("Area",
                        new XAttribute("Id", area.Id),
                        new XAttribute("ShowGroups", "true"),
                        new XAttribute("IntroducedVersion", "7.0.0.0"),
                        Titles(area.Title),
                        area.Groups.Select(group => new XElement("Group",
                            new XAttribute("Id", area.Id + "_" + group.Id),
                            new XAttribute("IntroducedVersion", "7.0.0.0"),
                            new XAttribute("IsProfile", "false"),
                            Titles(group.Title),
                            group.SubAreas.Select(sub => SubArea(area.Id + "_" + group.Id, sub))))))),
                Xml.Labels("LocalizedNames", "LocalizedName", app.Name));

        private static XElement SubArea(string groupId, SubAreaSource sub) =>
            new("SubArea",
                new XAttribute("Id", groupId + "_" + sub.Target.Replace('-', '_')),
                sub.Kind == SubAreaKind.Table
                    ? new XAttribute("Entity", sub.Target)
                    // The 9.0 site map schema has no DefaultDashboard attribute: the dashboard page by its id.
                    : new XAttribute("Url", "/main.aspx?pagetype=dashboard&id=" + DeterministicGuid.Braced(ComponentIds.Dashboard(sub.Target))),
                new XAttribute("Client", AllClients),
                new XAttribute("AvailableOffline", "true"),
                new XAttribute("PassParams", "false"),
                new XAttribute("Sku", AllSkus),
                Titles(sub.Title));

        private static XElement Titles(Label label) =>
            new("Titles", label.ByLanguage().Where(l => l.Text.Length > 0).Select(l => new XElement("Title", new XAttribute("LCID", l.Code), new XAttribute("Title", l.Text))));

        private static XElement App(AppSource app, SolutionSource source) =>
            new("AppModule",
                new XElement("UniqueName", app.UniqueName),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                new XElement("WebResourceId", DefaultIconWebResourceId),
                new XElement("FormFactor", 1),
                // 4: the Unified Interface.
                new XElement("ClientType", 4),
                new XElement("AppModuleComponents", Components(app, source)),
                new XElement("AppModuleRoleMaps", app.RoleMap.Select(r => new XElement("Role", new XAttribute("id", DeterministicGuid.Braced(FormXml.RoleId(r, source, app.File)))))),
                Xml.Labels("LocalizedNames", "LocalizedName", app.Name),
                app.Description.IsEmpty ? null : Xml.Labels("Descriptions", "Description", app.Description));

        /// <summary>Every table, form, view, chart and dashboard of the solution, then the site map.</summary>
        private static IEnumerable<XElement> Components(AppSource app, SolutionSource source)
        {
            foreach (var table in source.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                yield return ByName(ComponentType.Entity, table.Name);
                foreach (var form in table.Forms)
                {
                    yield return ById(ComponentType.SystemForm, ComponentIds.Form(table.Name, form.Id));
                }

                foreach (var view in TableXml.StandardViewIds(table).Concat(table.Views.Select(v => v.Id)))
                {
                    yield return ById(ComponentType.SavedQuery, ComponentIds.View(table.Name, view));
                }

                foreach (var chart in table.Charts)
                {
                    yield return ById(ComponentType.SavedQueryVisualization, ComponentIds.Chart(table.Name, chart.Id));
                }
            }

            foreach (var dashboard in source.Dashboards.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                yield return ById(ComponentType.SystemForm, ComponentIds.Dashboard(dashboard.Id));
            }

            yield return ByName(ComponentType.SiteMap, app.UniqueName);
        }

        private static XElement ByName(int type, string schemaName) =>
            new("AppModuleComponent", new XAttribute("type", type), new XAttribute("schemaName", schemaName));

        private static XElement ById(int type, Guid id) =>
            new("AppModuleComponent", new XAttribute("type", type), new XAttribute("id", DeterministicGuid.Braced(id)));
    }
}
