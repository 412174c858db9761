using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>Small builders for the shapes customizations.xml repeats: label lists, 0/1 flags, numbers.</summary>
    internal static class Xml
    {
        /// <summary>A list like &lt;displaynames&gt;&lt;displayname description=".." languagecode="3082" /&gt;..; empty texts are left out.</summary>
        public static XElement Labels(string listName, string itemName, Label label) =>
            new(listName, label.ByLanguage()
                .Where(l => l.Text.Length > 0)
                .Select(l => new XElement(itemName, new XAttribute("description", l.Text), new XAttribute("languagecode", l.Code))));

        public static XElement Flag(string name, bool value) => new(name, value ? "1" : "0");

        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        public static IEnumerable<XElement> Elements(params (string Name, object Value)[] elements) =>
            elements.Select(e => new XElement(e.Name, e.Value));
    }
}
