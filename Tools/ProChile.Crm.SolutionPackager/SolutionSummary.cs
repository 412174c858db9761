using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager
{
    /// <summary>What a solution zip contains, in words: tables with their columns, choices, steps, activities, roles.</summary>
    public static class SolutionSummary
    {
        public static string Describe(SolutionPackage package)
        {
            var context = new CheckContext(package);
            var manifest = context.Solution.Root?.Element("SolutionManifest");
            var text = new StringBuilder();
            text.AppendLine($"Solución {(string?)manifest?.Element("UniqueName")} {(string?)manifest?.Element("Version")} ({((string?)manifest?.Element("Managed") == "1" ? "administrada" : "no administrada")}), editor {(string?)manifest?.Element("Publisher")?.Element("UniqueName")}, prefijo {context.Prefix}, valores de opción {context.OptionValuePrefix}");

            text.AppendLine($"Tablas ({context.Entities.Count}):");
            foreach (var entity in context.Entities)
            {
                var columns = entity.Descendants("attribute").Where(a => (string?)a.Element("IsCustomField") == "1")
                    .Select(a => $"{(string?)a.Element("LogicalName")} ({(string?)a.Element("Type")})").ToList();
                text.AppendLine($"  {CheckContext.TableName(entity)}: {columns.Count} columnas propias, {entity.Descendants("systemform").Count()} formularios, {entity.Descendants("savedquery").Count()} vistas, {entity.Descendants("visualization").Count()} gráficos");
                foreach (var column in columns)
                {
                    text.AppendLine("    " + column);
                }
            }

            Section(text, "Opciones globales", context.Top("optionsets"), o =>
                $"{(string?)o.Attribute("Name")}: {string.Join(", ", o.Descendants("option").Select(v => $"{(string?)v.Attribute("value")} {CheckContext.Label(v, "labels", "label")}"))}");
            Section(text, "Relaciones", context.Top("EntityRelationships"), r =>
                $"{(string?)r.Attribute("Name")}: {(string?)r.Element("ReferencingEntityName")}.{(string?)r.Element("ReferencingAttributeName")} -> {(string?)r.Element("ReferencedEntityName")}");
            Section(text, "Ensamblados", context.Top("SolutionPluginAssemblies"), a =>
                $"{(string?)a.Attribute("FullName")}: {a.Descendants("PluginType").Count(t => t.Element("WorkflowActivityGroupName") == null)} plugins, {a.Descendants("PluginType").Count(t => t.Element("WorkflowActivityGroupName") != null)} actividades");
            Section(text, "Pasos", context.Top("SdkMessageProcessingSteps"), s =>
                $"{(string?)s.Attribute("Name")} [filtro: {Or((string?)s.Element("FilteringAttributes"))}; imágenes: {Or(string.Join("; ", s.Descendants("SdkMessageProcessingStepImage").Select(i => $"{(string?)i.Attribute("Name")}({(string?)i.Element("Attributes")})")))}]");
            Section(text, "Actividades de flujo de trabajo", context.Top("SolutionPluginAssemblies").SelectMany(a => a.Descendants("PluginType")).Where(t => t.Element("WorkflowActivityGroupName") != null), t =>
                $"{(string?)t.Element("FriendlyName")} ({(string?)t.Attribute("Name")}, grupo {(string?)t.Element("WorkflowActivityGroupName")}): {Or((string?)t.Element("Description"))}");
            Section(text, "Roles", context.Top("Roles"), r =>
                $"{(string?)r.Attribute("name")}: {string.Join(", ", r.Descendants("RolePrivilege").Select(p => $"{(string?)p.Attribute("name")}={(string?)p.Attribute("level")}"))}");
            Section(text, "Paneles", context.Top("Dashboards"), d => CheckContext.Label(d, "LocalizedNames", "LocalizedName"));
            Apps(text, context);
            CustomApiSummary.Describe(text, package);
            return text.ToString();
        }

        /// <summary>Each app: its components, its site map areas with their entries, and the roles that open it.</summary>
        private static void Apps(StringBuilder text, CheckContext context)
        {
            var apps = context.Top("AppModules").ToList();
            text.AppendLine($"Aplicaciones ({apps.Count}):");
            foreach (var app in apps)
            {
                var name = (string?)app.Element("UniqueName");
                var components = app.Element("AppModuleComponents")?.Elements("AppModuleComponent").ToList() ?? new List<XElement>();
                int Count(int type) => components.Count(c => (int?)c.Attribute("type") == type);
                text.AppendLine($"  {name} «{CheckContext.Label(app, "LocalizedNames", "LocalizedName")}»: {Count(Dataverse.ComponentType.Entity)} tablas, "
                    + $"{Count(Dataverse.ComponentType.SystemForm)} formularios y paneles, {Count(Dataverse.ComponentType.SavedQuery)} vistas, {Count(Dataverse.ComponentType.SavedQueryVisualization)} gráficos");
                var siteMapName = components.Where(c => (int?)c.Attribute("type") == Dataverse.ComponentType.SiteMap).Select(c => (string?)c.Attribute("schemaName")).FirstOrDefault();
                var areas = context.Top("AppModuleSiteMaps")
                    .Where(s => string.Equals((string?)s.Element("SiteMapUniqueName"), siteMapName, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(s => s.Descendants("Area")).ToList();
                text.AppendLine($"    Mapa del sitio ({areas.Count} áreas):");
                foreach (var area in areas)
                {
                    var groups = area.Elements("Group").Select(g => $"{Title(g)} ({string.Join(", ", g.Elements("SubArea").Select(Entry))})");
                    text.AppendLine($"      {Title(area)}: {string.Join("; ", groups)}");
                }

                var roles = app.Element("AppModuleRoleMaps")?.Elements("Role").Select(r => RoleName(context, r)).ToList() ?? new List<string>();
                text.AppendLine($"    Roles que la abren ({roles.Count}): {Or(string.Join(", ", roles))}");
            }
        }

        private static string Title(XElement element) =>
            element.Element("Titles")?.Elements("Title").Select(t => (string?)t.Attribute("Title")).FirstOrDefault() ?? (string?)element.Attribute("Id") ?? string.Empty;

        private static string Entry(XElement subArea) =>
            (string?)subArea.Attribute("Entity") ?? $"panel «{Title(subArea)}»";

        private static string RoleName(CheckContext context, XElement role)
        {
            var id = CheckContext.Id(role.Attribute("id"));
            var own = context.Top("Roles").FirstOrDefault(r => CheckContext.Id(r.Attribute("id")) == id);
            return (string?)own?.Attribute("name")
                ?? (Guid.TryParse(id, out var guid) ? Dataverse.WellKnownRoles.NameOf(guid) : null)
                ?? $"{{{id}}}";
        }

        private static void Section(StringBuilder text, string title, IEnumerable<XElement> elements, Func<XElement, string> describe)
        {
            var list = elements.ToList();
            text.AppendLine($"{title} ({list.Count}):");
            foreach (var element in list)
            {
                text.AppendLine("  " + describe(element));
            }
        }

        private static string Or(string? text) => string.IsNullOrEmpty(text) ? "ninguno" : text;
    }
}
