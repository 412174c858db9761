using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Writes solution.xml: the manifest (name, version, managed flag, publisher) and RootComponents, listed
    /// from the source model, so the root-component check on customizations.xml is an independent check.
    /// </summary>
    public static class SolutionManifestWriter
    {
        public static XDocument Write(SolutionSource source, IReadOnlyList<ShippedAssembly> assemblies, string version, bool managed)
        {
            var manifest = source.Manifest;
            var publisher = manifest.Publisher;
            var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");
            var root = new XElement("ImportExportXml",
                new XAttribute("version", "9.0.0.2090"),
                new XAttribute("SolutionPackageVersion", "9.0"),
                new XAttribute("languagecode", Label.SpanishCode),
                new XAttribute("generatedBy", "ProChile.Crm.SolutionPackager"),
                new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement("SolutionManifest",
                    new XElement("UniqueName", manifest.UniqueName),
                    Xml.Labels("LocalizedNames", "LocalizedName", manifest.Name),
                    Xml.Labels("Descriptions", "Description", manifest.Description),
                    new XElement("Version", version),
                    new XElement("Managed", managed ? 1 : 0),
                    new XElement("Publisher",
                        new XElement("UniqueName", publisher.UniqueName),
                        Xml.Labels("LocalizedNames", "LocalizedName", publisher.Name),
                        Xml.Labels("Descriptions", "Description", publisher.Description),
                        publisher.Email == null ? null : new XElement("EMailAddress", publisher.Email),
                        publisher.Website == null ? null : new XElement("SupportingWebsiteUrl", publisher.Website),
                        new XElement("CustomizationPrefix", publisher.Prefix),
                        new XElement("CustomizationOptionValuePrefix", publisher.OptionValuePrefix)),
                    new XElement("RootComponents", RootComponents(source, assemblies)),
                    new XElement("MissingDependencies")));
            return new XDocument(root);
        }

        private static IEnumerable<XElement> RootComponents(SolutionSource source, IReadOnlyList<ShippedAssembly> assemblies)
        {
            foreach (var table in source.Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                yield return ByName(ComponentType.Entity, table.Name, table.Existing ? ComponentType.ShellOnly : ComponentType.IncludeSubcomponents);
                if (!table.Existing)
                {
                    continue;
                }

                // A shell carries only what is listed: our forms, views and charts on the system table.
                foreach (var form in table.Forms)
                {
                    yield return ById(ComponentType.SystemForm, ComponentIds.Form(table.Name, form.Id));
                }

                foreach (var view in table.Views)
                {
                    yield return ById(ComponentType.SavedQuery, ComponentIds.View(table.Name, view.Id));
                }

                foreach (var chart in table.Charts)
                {
                    yield return ById(ComponentType.SavedQueryVisualization, ComponentIds.Chart(table.Name, chart.Id));
                }
            }

            foreach (var optionSet in source.OptionSets.OrderBy(o => o.Name, StringComparer.Ordinal))
            {
                yield return ByName(ComponentType.OptionSet, optionSet.Name, ComponentType.IncludeSubcomponents);
            }

            foreach (var (_, lookup) in ComponentXml.Lookups(source).OrderBy(l => l.Lookup.Relationship, StringComparer.Ordinal))
            {
                yield return ByName(ComponentType.EntityRelationship, lookup.Relationship!, ComponentType.IncludeSubcomponents);
            }

            foreach (var role in source.Roles.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                yield return ById(ComponentType.Role, ComponentIds.Role(role.Id));
            }

            foreach (var dashboard in source.Dashboards.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                yield return ById(ComponentType.SystemForm, ComponentIds.Dashboard(dashboard.Id));
            }

            // The app and its site map, by unique name, as exports list them (type 62 and 80).
            if (source.App != null)
            {
                yield return ByName(ComponentType.SiteMap, source.App.UniqueName, ComponentType.IncludeSubcomponents);
                yield return ByName(ComponentType.AppModule, source.App.UniqueName, ComponentType.IncludeSubcomponents);
            }

            foreach (var assembly in assemblies)
            {
                yield return new XElement("RootComponent",
                    new XAttribute("type", ComponentType.PluginAssembly),
                    new XAttribute("schemaName", assembly.FullName),
                    new XAttribute("id", DeterministicGuid.Braced(ComponentIds.PluginAssembly(assembly.Name))),
                    new XAttribute("behavior", ComponentType.IncludeSubcomponents));
                foreach (var step in assembly.Steps.OrderBy(PluginXml.StepIdentity, StringComparer.Ordinal))
                {
                    yield return ById(ComponentType.SdkMessageProcessingStep, ComponentIds.Step(PluginXml.StepIdentity(step)));
                }
            }
        }

        private static XElement ByName(int type, string schemaName, int behavior) =>
            new("RootComponent", new XAttribute("type", type), new XAttribute("schemaName", schemaName), new XAttribute("behavior", behavior));

        private static XElement ById(int type, Guid id) =>
            new("RootComponent", new XAttribute("type", type), new XAttribute("id", DeterministicGuid.Braced(id)), new XAttribute("behavior", ComponentType.IncludeSubcomponents));
    }
}
