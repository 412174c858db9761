using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.Solution.Tests.Schema
{
    /// <summary>
    /// The C# constants the plugins use (ProChile.Crm.Dataverse.Schema) and Solution/src name the same tables,
    /// columns, relationships and choice values, both ways: a name cannot exist on one side only.
    /// </summary>
    [TestClass]
    public sealed class SchemaConstantsTests
    {
        private static readonly Type[] TableClasses =
            typeof(Account).Assembly.GetTypes()
                .Where(t => t.Namespace == typeof(Account).Namespace && t.IsClass && t.GetField("EntityLogicalName") != null)
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .ToArray();

        private static SolutionSource Source => Repository.Source();

        [TestMethod]
        public void EveryTableOfTheSolution_HasAClass_AndEveryOtherClassIsASystemTable()
        {
            var classTables = TableClasses.Select(t => Constant(t, "EntityLogicalName")).ToList();
            var solutionTables = Source.Tables.Select(t => t.Name).ToList();

            CollectionAssert.IsSubsetOf(solutionTables, classTables, "every table of Solution/src has a class in ProChile.Crm.Dataverse.Schema");
            var unknown = classTables.Except(solutionTables).Where(t => !SystemTables.IsSystemTable(t)).ToArray();
            Assert.AreEqual(0, unknown.Length, "classes naming neither a table of the solution nor a known system table: " + string.Join(", ", unknown));
        }

        [TestMethod]
        public void SystemTableClassesTheSolutionDoesNotCustomise_NameOnlyKnownSystemColumns()
        {
            var missing = new List<string>();
            foreach (var type in TableClasses.Where(t => Source.Tables.All(table => table.Name != Constant(t, "EntityLogicalName"))))
            {
                var known = new HashSet<string>(SystemTables.ColumnsOf(Constant(type, "EntityLogicalName")).Select(c => c.Name), StringComparer.Ordinal);
                missing.AddRange(Columns(type).Where(c => !known.Contains(c.Value)).Select(c => $"{type.Name}.{c.Name} = \"{c.Value}\""));
            }

            Assert.AreEqual(0, missing.Count, "constants naming no known system column (extend Dataverse/SystemTables.cs): " + string.Join(", ", missing));
        }

        [TestMethod]
        public void EveryColumnConstant_IsAColumnOfItsTable()
        {
            var missing = new List<string>();
            foreach (var type in TableClasses)
            {
                var table = Source.Tables.SingleOrDefault(t => t.Name == Constant(type, "EntityLogicalName"));
                if (table == null)
                {
                    continue; // a system table the solution does not customise: held to SystemTables above
                }

                var columns = ColumnXml.AllColumns(table);
                foreach (var (name, value) in Columns(type).Where(c => !columns.ContainsKey(c.Value)))
                {
                    missing.Add($"{type.Name}.{name} = \"{value}\"");
                }
            }

            Assert.AreEqual(0, missing.Count, "constants naming no column of their table: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void EveryColumnTheSolutionAdds_HasAConstant()
        {
            var missing = new List<string>();
            foreach (var table in Source.Tables)
            {
                var type = TableClasses.Single(t => Constant(t, "EntityLogicalName") == table.Name);
                var constants = new HashSet<string>(Columns(type).Select(c => c.Value), StringComparer.Ordinal);
                missing.AddRange(table.Columns.Where(c => !constants.Contains(c.Name)).Select(c => $"{table.Name}.{c.Name}"));
            }

            Assert.AreEqual(0, missing.Count, "columns with no constant in ProChile.Crm.Dataverse.Schema: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void EveryMaxLengthConstant_IsSolutionSrcsMaxLengthOfItsColumn()
        {
            var wrong = new List<string>();
            foreach (var type in TableClasses)
            {
                var table = Source.Tables.SingleOrDefault(t => t.Name == Constant(type, "EntityLogicalName"));
                foreach (var (name, length) in MaxLengths(type))
                {
                    var column = type.GetField(name.Substring(0, name.Length - "MaxLength".Length));
                    Assert.IsNotNull(column, $"{type.Name}.{name} has no column constant of that name beside it");
                    var source = table?.Columns.SingleOrDefault(c => c.Name == (string)column.GetRawConstantValue()!);
                    if (source == null)
                    {
                        continue; // a system column: its length is Dataverse's, held to the local organization's in LocalOrganization.Solution.Tests
                    }

                    if (source.MaxLength != length)
                    {
                        wrong.Add($"{type.Name}.{name} = {length}, Solution/src says {source.MaxLength}");
                    }
                }
            }

            Assert.AreEqual(0, wrong.Count, "max lengths differing from Solution/src: " + string.Join("; ", wrong));
        }

        [TestMethod]
        public void EveryTextColumnTheSolutionAdds_HasAMaxLengthConstant()
        {
            var missing = new List<string>();
            foreach (var table in Source.Tables)
            {
                var type = TableClasses.Single(t => Constant(t, "EntityLogicalName") == table.Name);
                var lengths = new HashSet<string>(MaxLengths(type).Select(m => (string)type.GetField(m.Name.Substring(0, m.Name.Length - "MaxLength".Length))!.GetRawConstantValue()!), StringComparer.Ordinal);
                missing.AddRange(table.Columns
                    .Where(c => (c.Type is ColumnType.String or ColumnType.Memo) && !lengths.Contains(c.Name))
                    .Select(c => $"{table.Name}.{c.Name}"));
            }

            Assert.AreEqual(0, missing.Count, "text columns with no <Column>MaxLength constant in ProChile.Crm.Dataverse.Schema: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void Relationships_AreExactlyTheLookupsRelationships()
        {
            var constants = typeof(Relationships).GetFields().Select(f => (string)f.GetRawConstantValue()!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var source = Source.Tables.SelectMany(t => t.Columns).Where(c => c.Relationship != null).Select(c => c.Relationship!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

            CollectionAssert.AreEqual(source, constants);
        }

        [TestMethod]
        public void ChoiceEnums_HaveTheOptionSetsNamesAndValues_BothWays()
        {
            var names = typeof(Choices.OptionSetNames).GetFields().ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
            var enums = typeof(Choices).GetNestedTypes().Where(t => t.IsEnum).ToList();

            CollectionAssert.AreEquivalent(names.Keys.ToArray(), enums.Select(e => e.Name).ToArray(), "each choice enum has its OptionSetNames entry");
            CollectionAssert.AreEquivalent(Source.OptionSets.Select(o => o.Name).ToArray(), names.Values.ToArray(), "each option set has a choice enum");
            foreach (var type in enums)
            {
                var optionSet = Source.OptionSets.Single(o => o.Name == names[type.Name]);
                var members = Enum.GetNames(type).Select(n => $"{n}={(int)Enum.Parse(type, n)}").ToArray();
                var options = optionSet.Options.Select(o => $"{o.Name}={o.Value}").ToArray();
                CollectionAssert.AreEqual(options, members, $"Choices.{type.Name} against OptionSets/{optionSet.Name}.xml");
            }
        }

        [TestMethod]
        public void Publisher_ConstantsMatchSolutionXml()
        {
            var manifest = Source.Manifest;

            Assert.AreEqual(Publisher.SolutionUniqueName, manifest.UniqueName);
            Assert.AreEqual(Publisher.UniqueName, manifest.Publisher.UniqueName);
            Assert.AreEqual(Publisher.Prefix, manifest.Publisher.Prefix);
            Assert.AreEqual(Publisher.OptionValuePrefix, manifest.Publisher.OptionValuePrefix);
            Assert.AreEqual(168700000, Publisher.FirstOptionValue);
            Assert.AreEqual(168709999, Publisher.LastOptionValue);
        }

        [TestMethod]
        public void SettingTable_HasTheKeyTheConstantsName()
        {
            var table = Source.Tables.Single(t => t.Name == Setting.EntityLogicalName);

            var key = table.Keys.Single();
            Assert.AreEqual(Setting.KeyName, key.Name);
            CollectionAssert.AreEqual(new[] { Setting.Name }, key.Columns.ToArray());
        }

        private static string Constant(Type type, string name) => (string)type.GetField(name)!.GetRawConstantValue()!;

        /// <summary>A table class's length constants: every int constant named after a column plus "MaxLength".</summary>
        private static IEnumerable<(string Name, int Length)> MaxLengths(Type type) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(int) && f.Name.EndsWith("MaxLength", StringComparison.Ordinal))
                .Select(f => (f.Name, (int)f.GetRawConstantValue()!));

        /// <summary>A table class's column constants: every string constant but the table name and key names.</summary>
        private static IEnumerable<(string Name, string Value)> Columns(Type type) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name is not "EntityLogicalName" and not "KeyName")
                .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
    }
}
