using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// What every check reads from a solution zip: its two XML parts, the publisher's prefixes and each
    /// table's columns (those customizations.xml declares, plus Dataverse's own on system tables).
    /// </summary>
    public sealed class CheckContext
    {
        public CheckContext(SolutionPackage package)
        {
            Package = package;
            Solution = package.Xml(SolutionPackage.SolutionPart);
            Customizations = package.Xml(SolutionPackage.CustomizationsPart);
            var publisher = Solution.Root?.Element("SolutionManifest")?.Element("Publisher");
            Prefix = (string?)publisher?.Element("CustomizationPrefix") ?? string.Empty;
            OptionValuePrefix = int.TryParse((string?)publisher?.Element("CustomizationOptionValuePrefix"), out var value) ? value : (int?)null;
            Entities = Customizations.Root?.Element("Entities")?.Elements("Entity").ToList() ?? new List<XElement>();
            foreach (var entity in Entities)
            {
                var name = TableName(entity);
                var columns = entity.Element("EntityInfo")?.Element("entity")?.Element("attributes")?.Elements("attribute")
                    .Select(a => ((string?)a.Element("LogicalName") ?? (string?)a.Attribute("PhysicalName") ?? string.Empty).ToLowerInvariant())
                    ?? Enumerable.Empty<string>();
                _columns[name] = new HashSet<string>(columns.Concat(SystemTables.ColumnsOf(name).Select(c => c.Name)), StringComparer.Ordinal);
            }

            foreach (var table in SystemTables.Names.Where(t => !_columns.ContainsKey(t)))
            {
                _columns[table] = new HashSet<string>(SystemTables.ColumnsOf(table).Select(c => c.Name), StringComparer.Ordinal);
            }
        }

        private readonly Dictionary<string, HashSet<string>> _columns = new(StringComparer.Ordinal);

        public SolutionPackage Package { get; }

        public XDocument Solution { get; }

        public XDocument Customizations { get; }

        public string Prefix { get; }

        public int? OptionValuePrefix { get; }

        public IReadOnlyList<XElement> Entities { get; }

        public IEnumerable<XElement> Top(string name) => Customizations.Root?.Element(name)?.Elements() ?? Enumerable.Empty<XElement>();

        /// <summary>The logical name of an &lt;Entity&gt; (its Name element holds the schema name, e.g. Account).</summary>
        public static string TableName(XElement entity) => ((string?)entity.Element("Name") ?? string.Empty).Trim().ToLowerInvariant();

        public bool HasTable(string table) => _columns.ContainsKey(table.ToLowerInvariant());

        public bool HasColumn(string table, string column) =>
            _columns.TryGetValue(table.ToLowerInvariant(), out var columns) && columns.Contains(column.ToLowerInvariant());

        public static ComponentRef EntityRef(string table) => new("table", table, "tabla " + table);

        public static string? Id(XElement? element)
        {
            var text = (string?)element;
            return Guid.TryParse(text, out var id) ? id.ToString("D") : null;
        }

        public static string? Id(XAttribute? attribute)
        {
            var text = (string?)attribute;
            return Guid.TryParse(text, out var id) ? id.ToString("D") : null;
        }

        public static string Label(XElement element, string listName, string itemName) =>
            element.Element(listName)?.Elements(itemName).Select(e => (string?)e.Attribute("description")).FirstOrDefault(d => !string.IsNullOrEmpty(d)) ?? string.Empty;
    }
}
