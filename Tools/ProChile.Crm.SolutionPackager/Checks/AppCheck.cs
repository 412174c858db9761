using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// The solution ships a model-driven app that executives can open and find everything in: every table is
    /// one of its components and reachable from its site map, every form, view, chart and dashboard is one of
    /// its components, and every role of the solution is in its role map (Basic User opens only apps whose role
    /// map holds one of the user's roles). The site map lands on a dashboard and names only what exists.
    /// </summary>
    public sealed class AppCheck : ISolutionCheck
    {
        private const string AppFile = "Solution/src/App/App.xml";

        public static ComponentRef AppRef(string uniqueName) => new("app", uniqueName, "app " + uniqueName);

        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var apps = context.Top("AppModules").ToList();
            if (apps.Count == 0)
            {
                yield return Problem(null, "the solution has no model-driven app, so its users have none to open.",
                    $"add {AppFile} (an <App> with its <RoleMap> and site map <Area>s).");
                yield break;
            }

            foreach (var app in apps)
            {
                foreach (var problem in Check(context, app))
                {
                    yield return problem;
                }
            }
        }

        private static IEnumerable<SolutionProblem> Check(CheckContext context, XElement app)
        {
            var name = (string?)app.Element("UniqueName") ?? string.Empty;
            var component = AppRef(name);
            var components = app.Element("AppModuleComponents")?.Elements("AppModuleComponent").ToList() ?? new List<XElement>();
            var byName = new HashSet<(int, string)>(components.Select(c => ((int?)c.Attribute("type") ?? 0, ((string?)c.Attribute("schemaName") ?? string.Empty).ToLowerInvariant())));
            var byId = new HashSet<(int, string)>(components.Select(c => ((int?)c.Attribute("type") ?? 0, CheckContext.Id(c.Attribute("id")) ?? string.Empty)));
            var siteMapName = components.Where(c => (int?)c.Attribute("type") == ComponentType.SiteMap).Select(c => (string?)c.Attribute("schemaName")).FirstOrDefault();
            var siteMap = context.Top("AppModuleSiteMaps").FirstOrDefault(s => string.Equals((string?)s.Element("SiteMapUniqueName"), siteMapName, StringComparison.OrdinalIgnoreCase));
            if (siteMap == null)
            {
                yield return Problem(component, $"has no site map (no AppModuleSiteMap named \"{siteMapName}\"), so it shows no navigation.",
                    $"give the app <Area>s with <Group>s in {AppFile}.");
                yield break;
            }

            var subAreas = siteMap.Descendants("SubArea").ToList();
            var reachable = new HashSet<string>(subAreas.Select(s => ((string?)s.Attribute("Entity") ?? string.Empty).ToLowerInvariant()), StringComparer.Ordinal);
            foreach (var table in context.Entities.Select(CheckContext.TableName))
            {
                if (!byName.Contains((ComponentType.Entity, table)))
                {
                    yield return Problem(component, $"does not list table {table} among its components, so the app cannot show it.",
                        $"add <AppModuleComponent type=\"1\" schemaName=\"{table}\" /> (the packer lists every table of Solution/src).");
                }

                if (!reachable.Contains(table))
                {
                    yield return Problem(component, $"has no site map entry for table {table}, so executives cannot reach it.",
                        $"add <Table Name=\"{table}\" es=\"...\" en=\"...\" /> to a <Group> of {AppFile}.");
                }
            }

            foreach (var (kind, type, elements) in new[]
            {
                ("form", ComponentType.SystemForm, context.Entities.SelectMany(e => e.Descendants("systemform")).Select(f => f.Element("formid"))),
                ("view", ComponentType.SavedQuery, context.Entities.SelectMany(e => e.Descendants("savedquery")).Select(q => q.Element("savedqueryid"))),
                ("chart", ComponentType.SavedQueryVisualization, context.Entities.SelectMany(e => e.Descendants("visualization")).Select(v => v.Element("savedqueryvisualizationid"))),
                ("dashboard", ComponentType.SystemForm, context.Top("Dashboards").Select(d => d.Element("FormId"))),
            })
            {
                foreach (var element in elements.Where(e => e != null))
                {
                    var id = CheckContext.Id(element);
                    if (id != null && !byId.Contains((type, id)))
                    {
                        yield return Problem(component, $"does not list {ComponentLocator.Enclosing(element!)} among its components, so the app does not offer it.",
                            $"add <AppModuleComponent type=\"{type}\" id=\"{{{id}}}\" /> (the packer lists every {kind} of Solution/src).");
                    }
                }
            }

            var roleMap = new HashSet<string>(app.Element("AppModuleRoleMaps")?.Elements("Role").Select(r => CheckContext.Id(r.Attribute("id")) ?? string.Empty) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            var solutionRoles = context.Top("Roles").ToList();
            foreach (var role in solutionRoles)
            {
                var id = CheckContext.Id(role.Attribute("id"));
                if (id != null && !roleMap.Contains(id))
                {
                    yield return Problem(component, $"does not map the role '{(string?)role.Attribute("name")}' {{{id}}}, so its users (with Basic User) cannot open the app.",
                        $"add <Role Id=\"...\" /> with the role's Id in Roles/ to the <RoleMap> of {AppFile}.");
                }
            }

            var known = new HashSet<string>(solutionRoles.Select(r => CheckContext.Id(r.Attribute("id")) ?? string.Empty), StringComparer.Ordinal);
            foreach (var id in roleMap.Where(id => !known.Contains(id) && !(Guid.TryParse(id, out var guid) && WellKnownRoles.NameOf(guid) != null)))
            {
                yield return Problem(component, $"maps the role {{{id}}}, which neither the solution nor Dataverse has.",
                    $"list roles of Roles/ (their Id) or a well-known role (system-administrator) in the <RoleMap> of {AppFile}.");
            }

            foreach (var problem in SiteMapEntries(context, component, subAreas))
            {
                yield return problem;
            }
        }

        /// <summary>Site map entries name tables and dashboards that exist; the first one, where the app lands, is a dashboard.</summary>
        private static IEnumerable<SolutionProblem> SiteMapEntries(CheckContext context, ComponentRef component, IReadOnlyList<XElement> subAreas)
        {
            var dashboards = new HashSet<string>(context.Top("Dashboards").Select(d => CheckContext.Id(d.Element("FormId")) ?? string.Empty), StringComparer.Ordinal);
            foreach (var sub in subAreas)
            {
                var table = (string?)sub.Attribute("Entity");
                if (table != null && !context.HasTable(table))
                {
                    yield return Problem(component, $"has a site map entry for table \"{table}\", which neither the solution nor Dataverse's system tables have.",
                        $"correct the <Table Name=...> in {AppFile}.");
                }

                var dashboard = DashboardOf(sub);
                if (dashboard != null && !dashboards.Contains(dashboard))
                {
                    yield return Problem(component, $"has a site map entry for dashboard {{{dashboard}}}, which the solution does not have.",
                        $"name a dashboard of Dashboards/ (its Id) in {AppFile}.");
                }
            }

            if (subAreas.Count > 0 && DashboardOf(subAreas[0]) == null)
            {
                yield return Problem(component, "lands on its first site map entry, which is not a dashboard.",
                    $"put <Dashboard Id=\"...\" /> first in the first <Group> of {AppFile}.");
            }
        }

        private static string? DashboardOf(XElement subArea)
        {
            var url = (string?)subArea.Attribute("Url") ?? string.Empty;
            const string Marker = "pagetype=dashboard&id=";
            var at = url.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
            return at < 0 ? null : CheckContext.Id(new XAttribute("id", url.Substring(at + Marker.Length)));
        }

        private static SolutionProblem Problem(ComponentRef? component, string message, string fix) =>
            new(ProblemCodes.App, SolutionPackage.CustomizationsPart, component, message, fix);
    }
}
