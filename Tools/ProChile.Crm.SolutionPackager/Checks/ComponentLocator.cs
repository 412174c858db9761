using System.Linq;
using System.Xml.Linq;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>Names the component an element of customizations.xml belongs to, innermost first.</summary>
    public static class ComponentLocator
    {
        public static ComponentRef? Enclosing(XElement element)
        {
            foreach (var current in element.AncestorsAndSelf())
            {
                var found = current.Name.LocalName switch
                {
                    "savedquery" => Ref("view", CheckContext.Id(current.Element("savedqueryid")), current, "LocalizedNames", "LocalizedName"),
                    "systemform" => Ref("form", CheckContext.Id(current.Element("formid")), current, "LocalizedNames", "LocalizedName"),
                    "visualization" => Ref("chart", CheckContext.Id(current.Element("savedqueryvisualizationid")), current, "LocalizedNames", "LocalizedName"),
                    "Dashboard" => Ref("dashboard", CheckContext.Id(current.Element("FormId")), current, "LocalizedNames", "LocalizedName"),
                    "Role" => new ComponentRef("role", CheckContext.Id(current.Attribute("id")) ?? string.Empty, $"role '{(string?)current.Attribute("name")}'"),
                    "SdkMessageProcessingStep" => new ComponentRef("step", CheckContext.Id(current.Attribute("SdkMessageProcessingStepId")) ?? string.Empty, $"step '{(string?)current.Attribute("Name")}'"),
                    "PluginAssembly" => new ComponentRef("assembly", (string?)current.Attribute("FullName") ?? string.Empty, $"assembly {(string?)current.Attribute("FullName")}"),
                    "EntityRelationship" => new ComponentRef("relationship", (string?)current.Attribute("Name") ?? string.Empty, $"relationship {(string?)current.Attribute("Name")}"),
                    "optionset" when current.Parent?.Name.LocalName == "optionsets" => new ComponentRef("optionset", (string?)current.Attribute("Name") ?? string.Empty, $"choice {(string?)current.Attribute("Name")}"),
                    "attribute" when current.Attribute("PhysicalName") != null => Column(current),
                    "Entity" => CheckContext.EntityRef(CheckContext.TableName(current)),
                    "AppModule" => AppCheck.AppRef((string?)current.Element("UniqueName") ?? string.Empty),
                    "AppModuleSiteMap" => AppCheck.AppRef((string?)current.Element("SiteMapUniqueName") ?? string.Empty),
                    _ => null,
                };
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }

        private static ComponentRef Ref(string kind, string? id, XElement element, string list, string item) =>
            new(kind, id ?? string.Empty, $"{kind} '{CheckContext.Label(element, list, item)}' {{{id}}}");

        private static ComponentRef Column(XElement attribute)
        {
            var table = attribute.Ancestors("Entity").Select(CheckContext.TableName).FirstOrDefault() ?? string.Empty;
            return new ComponentRef("table", table, $"table {table}, column {(string?)attribute.Attribute("PhysicalName")}");
        }
    }
}
