using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Writes customizations.xml. The 9.0 schema's root is a sequence, so the top-level elements go in its
    /// order: Entities, Roles, ..., EntityRelationships, ..., optionsets, ..., Dashboards, ...,
    /// SolutionPluginAssemblies, SdkMessageProcessingSteps, ..., Languages.
    /// </summary>
    public static class CustomizationsWriter
    {
        public static XDocument Write(SolutionSource source, IReadOnlyList<ShippedAssembly> assemblies)
        {
            var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");
            var names = new SchemaNames(source);
            var root = new XElement("ImportExportXml",
                new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement("Entities", source.Tables.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => TableXml.Entity(t, source))),
                new XElement("Roles", source.Roles.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => ComponentXml.Role(r, names))),
                new XElement("Workflows"),
                new XElement("FieldSecurityProfiles"),
                new XElement("Templates"),
                new XElement("EntityMaps"),
                new XElement("EntityRelationships", ComponentXml.Lookups(source)
                    .Select(l => ComponentXml.Relationship(l.Table, l.Lookup, names))
                    .Concat(source.Tables.SelectMany(SystemRelationshipXml.Of))
                    .OrderBy(r => (string)r.Attribute("Name")!, StringComparer.Ordinal)),
                new XElement("OrganizationSettings"),
                new XElement("optionsets", source.OptionSets.OrderBy(o => o.Name, StringComparer.Ordinal).Select(ComponentXml.OptionSet)),
                new XElement("Dashboards", source.Dashboards.OrderBy(d => d.Id, StringComparer.Ordinal).Select(ComponentXml.Dashboard)),
                new XElement("WebResources"),
                new XElement("SolutionPluginAssemblies", assemblies.Select(PluginXml.Assembly)),
                new XElement("SdkMessageProcessingSteps", PluginXml.Steps(assemblies)),
                new XElement("AppModuleSiteMaps", AppModuleXml.SiteMaps(source)),
                // The schema wants at least one AppModule inside AppModules: leave it out without an app.
                source.App == null ? null : new XElement("AppModules", AppModuleXml.Apps(source)),
                new XElement("Languages",
                    new XElement("Language", Label.SpanishCode),
                    new XElement("Language", Label.EnglishCode)));
            return new XDocument(root);
        }
    }
}
