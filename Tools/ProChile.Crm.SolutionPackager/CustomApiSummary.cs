using System.Linq;
using System.Text;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager
{
    /// <summary>The "APIs personalizadas" section of <see cref="SolutionSummary"/>: each message with its kind, binding and parameters.</summary>
    internal static class CustomApiSummary
    {
        private static readonly string[] TypeNames =
        {
            "Boolean", "DateTime", "Decimal", "Entity", "EntityCollection", "EntityReference", "Float", "Integer", "Money", "Picklist", "String", "StringArray", "Guid",
        };

        public static void Describe(StringBuilder text, SolutionPackage package)
        {
            var apis = CustomApiPackage.Read(package, out _);
            text.AppendLine($"APIs personalizadas ({apis.Count}):");
            foreach (var api in apis)
            {
                var root = api.Api.Root!;
                var binding = (string?)root.Element("bindingtype") == "1" ? "sobre " + (string?)root.Element("boundentitylogicalname") : "global";
                var kind = (string?)root.Element("isfunction") == "1" ? "función" : "acción";
                var privilege = (string?)root.Element("executeprivilegename");
                text.AppendLine($"  {api.UniqueName} ({kind}, {binding}{(string.IsNullOrEmpty(privilege) ? string.Empty : ", privilegio " + privilege)}): {(string?)root.Element("displayname")?.Attribute("default")}");
                text.AppendLine($"    entrada: {List(api.Requests.Select(r => r.Xml), optional: true)}");
                text.AppendLine($"    salida: {List(api.Responses.Select(r => r.Xml), optional: false)}");
            }
        }

        private static string List(System.Collections.Generic.IEnumerable<XDocument> parameters, bool optional)
        {
            var items = parameters.Select(p => p.Root!).Select(p =>
                $"{(string?)p.Attribute("uniquename")} {Type((int?)p.Element("type"))}{(optional && (string?)p.Element("isoptional") == "1" ? " (opcional)" : string.Empty)}").ToList();
            return items.Count == 0 ? "ninguna" : string.Join(", ", items);
        }

        private static string Type(int? type) => type is int t && t >= 0 && t < TypeNames.Length ? TypeNames[t] : "tipo " + type;
    }
}
