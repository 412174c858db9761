using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace ProChile.Crm.SolutionPackager.Source
{
    /// <summary>
    /// Reads Solution/src: Solution.xml, OptionSets/*.xml, Tables/&lt;name&gt;/Table.xml with Forms/, Views/ and
    /// Charts/ beside it, Roles/*.xml and Dashboards/*.xml. Files are read in ordinal name order, so the
    /// output does not depend on the file system's listing order.
    /// </summary>
    public static class SolutionSourceReader
    {
        public static SolutionSource Read(string sourceDirectory)
        {
            if (!Directory.Exists(sourceDirectory))
            {
                throw new SolutionSourceException(sourceDirectory, "the solution source folder does not exist; expected Solution/src with Solution.xml, OptionSets/, Tables/, Roles/ and Dashboards/.");
            }

            var manifest = ReadManifest(Path.Combine(sourceDirectory, "Solution.xml"));
            var optionSets = Files(sourceDirectory, "OptionSets").Select(ReadOptionSet).ToList();
            var tables = Directories(sourceDirectory, "Tables").Select(ReadTable).ToList();
            var roles = Files(sourceDirectory, "Roles").Select(ReadRole).ToList();
            var dashboards = Files(sourceDirectory, "Dashboards").Select(ReadDashboard).ToList();
            var app = Files(sourceDirectory, "App").Select(AppSourceReader.Read).ToList();
            if (app.Count > 1)
            {
                throw new SolutionSourceException(app[1].File, "the solution has one app: keep a single file in App/.");
            }

            return new SolutionSource(manifest, optionSets, tables, roles, dashboards, app.FirstOrDefault());
        }

        private static IEnumerable<string> Files(string directory, string sub)
        {
            var path = Path.Combine(directory, sub);
            return Directory.Exists(path)
                ? Directory.GetFiles(path, "*.xml").OrderBy(p => p, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }

        private static IEnumerable<string> Directories(string directory, string sub)
        {
            var path = Path.Combine(directory, sub);
            return Directory.Exists(path)
                ? Directory.GetDirectories(path).OrderBy(p => p, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }

        internal static XElement Load(string file, string expectedRoot)
        {
            if (!File.Exists(file))
            {
                throw new SolutionSourceException(file, $"missing; expected a <{expectedRoot}> file here.");
            }

            XDocument document;
            try
            {
                document = XDocument.Load(file, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                throw new SolutionSourceException(file, $"is not well-formed XML: {e.Message}");
            }

            var root = document.Root!;
            if (root.Name.LocalName != expectedRoot)
            {
                throw new SolutionSourceException(file, $"root element is <{root.Name.LocalName}>; expected <{expectedRoot}>.");
            }

            return root;
        }

        internal static string Required(XElement element, string attribute, string file)
        {
            var value = (string?)element.Attribute(attribute);
            if (string.IsNullOrWhiteSpace(value))
            {
                var line = ((IXmlLineInfo)element).HasLineInfo() ? $" (line {((IXmlLineInfo)element).LineNumber})" : string.Empty;
                throw new SolutionSourceException(file, $"<{element.Name.LocalName}>{line} needs the attribute {attribute}.");
            }

            return value;
        }

        internal static Label Labels(XElement element, string file, string es = "es", string en = "en") =>
            Label.Require((string?)element.Attribute(es) ?? string.Empty, (string?)element.Attribute(en) ?? string.Empty,
                problem => new SolutionSourceException(file, $"<{element.Name.LocalName} {Describe(element)}> {problem} (attributes {es} and {en})."));

        private static Label OptionalLabels(XElement element, string es, string en) =>
            new((string?)element.Attribute(es) ?? string.Empty, (string?)element.Attribute(en) ?? string.Empty);

        internal static Label Description(XElement element) => OptionalLabels(element, "descEs", "descEn");

        private static string Describe(XElement element) =>
            string.Join(" ", element.Attributes().Where(a => a.Name.LocalName is "Name" or "Id" or "Table").Select(a => $"{a.Name}=\"{a.Value}\""));

        private static int Integer(XElement element, string attribute, string file)
        {
            var text = Required(element, attribute, file);
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                throw new SolutionSourceException(file, $"<{element.Name.LocalName} {Describe(element)}> {attribute}=\"{text}\" is not a whole number.");
            }

            return value;
        }

        private static int? OptionalInteger(XElement element, string attribute, string file) =>
            element.Attribute(attribute) == null ? null : Integer(element, attribute, file);

        private static TEnum ParseEnum<TEnum>(XElement element, string attribute, string file, TEnum fallback)
            where TEnum : struct, Enum
        {
            var text = (string?)element.Attribute(attribute);
            if (text == null)
            {
                return fallback;
            }

            if (!Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) || !Enum.IsDefined(value))
            {
                throw new SolutionSourceException(file,
                    $"<{element.Name.LocalName} {Describe(element)}> {attribute}=\"{text}\" is not accepted; use one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
            }

            return value;
        }

        private static SolutionManifestSource ReadManifest(string file)
        {
            var root = Load(file, "Solution");
            var publisher = root.Element("Publisher")
                ?? throw new SolutionSourceException(file, "needs a <Publisher> element (UniqueName, Prefix, OptionValuePrefix, es, en).");
            return new SolutionManifestSource(
                Required(root, "UniqueName", file),
                Labels(root, file),
                Description(root),
                new PublisherSource(
                    Required(publisher, "UniqueName", file),
                    Required(publisher, "Prefix", file),
                    Integer(publisher, "OptionValuePrefix", file),
                    Labels(publisher, file),
                    Description(publisher),
                    (string?)publisher.Attribute("Email"),
                    (string?)publisher.Attribute("Website")),
                file);
        }

        private static OptionSetSource ReadOptionSet(string file)
        {
            var root = Load(file, "OptionSet");
            var options = root.Elements("Option")
                .Select(o => new OptionSource(Required(o, "Name", file), Integer(o, "Value", file), Labels(o, file)))
                .ToList();
            return new OptionSetSource(Required(root, "Name", file), Labels(root, file), Description(root), options, file);
        }

        private static TableSource ReadTable(string directory)
        {
            var file = Path.Combine(directory, "Table.xml");
            var root = Load(file, "Table");
            var existing = (bool?)root.Attribute("Existing") ?? false;
            var name = Required(root, "Name", file);
            var schemaName = (string?)root.Attribute("SchemaName");
            if (schemaName != null && !string.Equals(schemaName, name, StringComparison.OrdinalIgnoreCase))
            {
                throw new SolutionSourceException(file, $"<Table Name=\"{name}\"> SchemaName=\"{schemaName}\" must spell the same name, only in other casing.");
            }

            return new TableSource(
                name,
                existing,
                ParseEnum(root, "Ownership", file, TableOwnership.User),
                existing ? null : Required(root, "PrimaryName", file),
                Labels(root, file),
                Labels(root, file, "esPlural", "enPlural"),
                Description(root),
                root.Elements("Column").Select(c => ReadColumn(c, file)).ToList(),
                root.Elements("Key").Select(k => new KeySource(
                    Required(k, "Name", file),
                    Required(k, "Columns", file).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    Labels(k, file))).ToList(),
                Files(directory, "Forms").Select(ReadForm).ToList(),
                Files(directory, "Views").Select(ReadView).ToList(),
                Files(directory, "Charts").Select(ReadChart).ToList(),
                file)
            {
                SchemaName = schemaName ?? name,
            };
        }

        private static ColumnSource ReadColumn(XElement column, string file)
        {
            var type = ParseEnum(column, "Type", file, ColumnType.String);
            if (column.Attribute("Type") == null)
            {
                throw new SolutionSourceException(file, $"<Column {Describe(column)}> needs Type; use one of: {string.Join(", ", Enum.GetNames<ColumnType>())}.");
            }

            var maxLength = OptionalInteger(column, "MaxLength", file);
            if (type is ColumnType.String or ColumnType.Memo && maxLength == null)
            {
                throw new SolutionSourceException(file, $"<Column {Describe(column)}> is {type}: give MaxLength.");
            }

            var name = Required(column, "Name", file);
            return new ColumnSource(
                name,
                type,
                Labels(column, file),
                Description(column),
                (bool?)column.Attribute("Required") ?? false,
                maxLength,
                OptionalInteger(column, "Min", file),
                OptionalInteger(column, "Max", file),
                ParseEnum(column, "Behavior", file, DateTimeBehavior.UserLocal),
                type == ColumnType.Choice ? Required(column, "OptionSet", file) : null,
                type == ColumnType.Lookup ? Required(column, "Target", file) : null,
                type == ColumnType.Lookup ? Required(column, "Relationship", file) : null,
                (string?)column.Attribute("CascadeDelete") ?? "RemoveLink",
                (string?)column.Attribute("CascadeAssign") ?? "NoCascade",
                BooleanLabel(column, "True", "Sí", "Yes"),
                BooleanLabel(column, "False", "No", "No"))
            {
                SchemaName = ColumnSchemaName(column, name, file),
            };
        }

        /// <summary>
        /// Every column states its schema name: Dataverse fixes it (and the Web API navigation property of a lookup)
        /// when the column is created, so it is written once here rather than derived from a label.
        /// </summary>
        private static string ColumnSchemaName(XElement column, string name, string file)
        {
            var schemaName = (string?)column.Attribute("SchemaName");
            if (string.IsNullOrWhiteSpace(schemaName))
            {
                throw new SolutionSourceException(file, $"<Column Name=\"{name}\"> necesita SchemaName: el nombre con las mayúsculas con que se crea la columna (por ejemplo «pch_AccountId» para «pch_accountid»).");
            }

            if (!string.Equals(schemaName, name, StringComparison.OrdinalIgnoreCase))
            {
                throw new SolutionSourceException(file, $"<Column Name=\"{name}\"> SchemaName=«{schemaName}» no es el mismo nombre: debe escribir «{name}» cambiando solo mayúsculas y minúsculas.");
            }

            return schemaName;
        }

        private static Label BooleanLabel(XElement column, string which, string spanish, string english) =>
            new((string?)column.Attribute(which + "Es") ?? spanish, (string?)column.Attribute(which + "En") ?? english);

        private static FormSource ReadForm(string file)
        {
            var root = Load(file, "Form");
            var tabs = root.Elements("Tab").Select(t => new TabSource(
                Required(t, "Id", file),
                Labels(t, file),
                t.Elements("Section").Select(s => new SectionSource(
                    Required(s, "Id", file),
                    Labels(s, file),
                    s.Elements("Field").Select(f => Required(f, "Name", file)).ToList())
                {
                    Timers = s.Elements("Timer").Select(timer => ReadTimer(timer, file)).ToList(),
                }).ToList())).ToList();
            if (tabs.Count == 0)
            {
                throw new SolutionSourceException(file, "a form needs at least one <Tab> with a <Section>.");
            }

            return new FormSource(Required(root, "Id", file), (string?)root.Attribute("Type") ?? "main", Labels(root, file), Description(root), tabs, file)
            {
                DisplayConditions = root.Element("DisplayConditions") is { } conditions ? ReadDisplayConditions(conditions, file) : null,
                HeaderFields = root.Element("Header")?.Elements("Field").Select(f => Required(f, "Name", file)).ToList() ?? new List<string>(),
            };
        }

        private static DisplayConditionsSource ReadDisplayConditions(XElement conditions, string file)
        {
            var everyone = conditions.Element("Everyone") != null;
            var roles = conditions.Elements("Role").Select(r => Required(r, "Id", file)).ToList();
            if (everyone == (roles.Count > 0))
            {
                throw new SolutionSourceException(file, "<DisplayConditions> takes either <Everyone /> or one or more <Role Id=\"...\" />, as Dataverse does.");
            }

            return new DisplayConditionsSource(Integer(conditions, "Order", file), (bool?)conditions.Attribute("Fallback") ?? false, everyone, roles);
        }

        private static TimerSource ReadTimer(XElement timer, string file) =>
            new(Required(timer, "Id", file), Labels(timer, file), Required(timer, "FailureTime", file), Required(timer, "Status", file),
                Required(timer, "Success", file), (string?)timer.Attribute("Failure"), (string?)timer.Attribute("Warning"));

        private static ViewSource ReadView(string file)
        {
            var root = Load(file, "View");
            var fetch = root.Element("fetch") ?? throw new SolutionSourceException(file, "a view needs its FetchXML as a <fetch> element.");
            return new ViewSource(Required(root, "Id", file), Labels(root, file), Description(root), fetch, file);
        }

        private static ChartSource ReadChart(string file)
        {
            var root = Load(file, "Chart");
            var data = root.Element("datadefinition") ?? throw new SolutionSourceException(file, "a chart needs a <datadefinition> (FetchXML + categories).");
            var presentation = root.Element("Chart") ?? throw new SolutionSourceException(file, "a chart needs its presentation as an inner <Chart> element.");
            return new ChartSource(Required(root, "Id", file), Labels(root, file), Description(root), data, presentation, file);
        }

        private static readonly string[] PrivilegeActions = { "Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };
        private static readonly string[] PrivilegeLevels = { "Basic", "Local", "Deep", "Global" };

        private static RoleSource ReadRole(string file)
        {
            var root = Load(file, "Role");
            var privileges = new List<PrivilegeSource>();
            foreach (var element in root.Elements("Privileges"))
            {
                var levels = new List<KeyValuePair<string, string>>();
                foreach (var attribute in element.Attributes().Where(a => a.Name.LocalName != "Table"))
                {
                    var action = attribute.Name.LocalName;
                    if (!PrivilegeActions.Contains(action) || !PrivilegeLevels.Contains(attribute.Value))
                    {
                        throw new SolutionSourceException(file,
                            $"<Privileges {Describe(element)}> {action}=\"{attribute.Value}\" is not accepted; actions: {string.Join(", ", PrivilegeActions)}; levels: {string.Join(", ", PrivilegeLevels)}.");
                    }

                    levels.Add(new KeyValuePair<string, string>(action, attribute.Value));
                }

                privileges.Add(new PrivilegeSource(Required(element, "Table", file), levels));
            }

            return new RoleSource(Required(root, "Id", file), Required(root, "Name", file), Description(root), privileges, file);
        }

        private static DashboardSource ReadDashboard(string file)
        {
            var root = Load(file, "Dashboard");
            var rows = root.Elements("Row").Select(row => (IReadOnlyList<DashboardPartSource>)row.Elements()
                .Select(part => part.Name.LocalName switch
                {
                    "Grid" => new DashboardPartSource(Required(part, "Table", file), Required(part, "View", file), null, Labels(part, file)),
                    "Chart" => new DashboardPartSource(Required(part, "Table", file), Required(part, "View", file), Required(part, "Chart", file), Labels(part, file)),
                    _ => throw new SolutionSourceException(file, $"<{part.Name.LocalName}> is not a dashboard part; use <Grid> or <Chart>."),
                }).ToList()).ToList();
            return new DashboardSource(Required(root, "Id", file), Labels(root, file), Description(root), rows, file);
        }
    }
}
