using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>Writes &lt;attribute&gt; elements: our columns and the system columns of a new table.</summary>
    internal static class ColumnXml
    {
        public const string IntroducedVersion = "1.0.0.0";
        private const string StandardMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid";

        public static XElement Custom(TableSource table, ColumnSource column)
        {
            var primaryName = column.Name == table.PrimaryName;
            var mask = primaryName ? "PrimaryName|" + StandardMask + "|RequiredForForm" : StandardMask;
            var required = column.Required || primaryName ? "required" : "none";
            return Attribute(column.SchemaName, column.Name, TypeOf(column.Type), column.DisplayName, column.Description, custom: true, required, mask, Specifics(table, column));
        }

        /// <summary>A system column of a new table, written as exports write it (<see cref="NewTableColumns"/>).</summary>
        public static XElement ForSystemColumn(string table, SystemColumnShape shape)
        {
            var column = shape.Column;
            var extras = column.Type switch
            {
                "state" => new object[] { StateOptionSet(table) },
                "status" => new object[] { StatusOptionSet(table) },
                "datetime" => new object[]
                {
                    // OverriddenCreatedOn is a date; Dataverse fixes the behaviour of its own date-time columns.
                    new XElement("Format", column.Name == "overriddencreatedon" ? "date" : "datetime"),
                    Xml.Flag("CanChangeDateTimeBehavior", false),
                    new XElement("Behavior", (int)DateTimeBehavior.UserLocal),
                },
                "int" => new object[]
                {
                    new XElement("Format", string.Empty),
                    new XElement("MinValue", column.Name == "importsequencenumber" ? int.MinValue : -1),
                    new XElement("MaxValue", int.MaxValue),
                },
                "owner" => new object[]
                {
                    new XElement("LookupStyle", "single"),
                    // An owner is a user (8) or a team (9).
                    new XElement("LookupTypes",
                        new XElement("LookupType", new XAttribute("id", Guid.Empty.ToString("D")), 8),
                        new XElement("LookupType", new XAttribute("id", Guid.Empty.ToString("D")), 9)),
                },
                "lookup" => new object[] { new XElement("LookupStyle", "single"), new XElement("LookupTypes") },
                _ => Array.Empty<object>(),
            };
            return new XElement("attribute",
                new XAttribute("PhysicalName", shape.SchemaName),
                new XElement("Type", column.Type),
                new XElement("Name", column.Name),
                new XElement("LogicalName", column.Name),
                new XElement("RequiredLevel", shape.RequiredLevel),
                shape.DisplayMask == null ? null : new XElement("DisplayMask", shape.DisplayMask),
                new XElement("ImeMode", shape.ImeMode),
                Xml.Flag("ValidForUpdateApi", shape.ValidForUpdateApi),
                Xml.Flag("ValidForReadApi", true),
                Xml.Flag("ValidForCreateApi", shape.ValidForCreateApi),
                Xml.Flag("IsCustomField", false),
                Xml.Flag("IsAuditEnabled", shape.IsAuditEnabled),
                Xml.Flag("IsSecured", false),
                shape.IsLogical ? Xml.Flag("IsLogical", true) : null,
                new XElement("IntroducedVersion", IntroducedVersion),
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("IsRenameable", true),
                Xml.Flag("CanModifySearchSettings", true),
                Xml.Flag("CanModifyRequirementLevelSettings", shape.CanModifyRequirementLevel),
                Xml.Flag("CanModifyAdditionalSettings", true),
                new XElement("SourceType", 0),
                Xml.Flag("IsGlobalFilterEnabled", false),
                Xml.Flag("IsSortableEnabled", false),
                Xml.Flag("CanModifyGlobalFilterSettings", true),
                Xml.Flag("CanModifyIsSortableSettings", true),
                extras,
                Xml.Labels("displaynames", "displayname", column.Label),
                Xml.Labels("Descriptions", "Description", Label.Empty));
        }

        private static string TypeOf(ColumnType type) => type switch
        {
            ColumnType.String => "nvarchar",
            ColumnType.Memo => "ntext",
            ColumnType.Integer => "int",
            ColumnType.Boolean => "bit",
            ColumnType.DateTime => "datetime",
            ColumnType.Choice => "picklist",
            ColumnType.Lookup => "lookup",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no Dataverse type for this column type"),
        };

        private static object[] Specifics(TableSource table, ColumnSource column) => column.Type switch
        {
            ColumnType.String => new object[] { new XElement("Format", "text"), new XElement("MaxLength", column.MaxLength), new XElement("Length", column.MaxLength * 2) },
            ColumnType.Memo => new object[] { new XElement("Format", "textarea"), new XElement("MaxLength", column.MaxLength), new XElement("Length", column.MaxLength * 2) },
            ColumnType.Integer => new object[] { new XElement("Format", "none"), new XElement("MinValue", column.MinValue ?? int.MinValue), new XElement("MaxValue", column.MaxValue ?? int.MaxValue) },
            ColumnType.DateTime => new object[]
            {
                new XElement("Format", column.Behavior == DateTimeBehavior.DateOnly ? "date" : "datetime"),
                // Exports write 1 on custom date-time columns: their behaviour may still be changed once.
                Xml.Flag("CanChangeDateTimeBehavior", true),
                new XElement("Behavior", (int)column.Behavior),
            },
            ColumnType.Choice => new object[] { new XElement("OptionSetName", column.OptionSet), new XElement("AppDefaultValue", -1) },
            ColumnType.Boolean => new object[] { new XElement("AppDefaultValue", 0), BooleanOptionSet(table, column) },
            ColumnType.Lookup => new object[] { new XElement("LookupStyle", "single"), new XElement("LookupTypes") },
            _ => Array.Empty<object>(),
        };

        // Exports write the schema name (pch_AccountId) as PhysicalName and the logical name (pch_accountid) as Name and LogicalName.
        private static XElement Attribute(string schemaName, string name, string type, Label display, Label description, bool custom, string requiredLevel, string mask, IEnumerable<object> extras) =>
            new("attribute",
                new XAttribute("PhysicalName", schemaName),
                new XElement("Type", type),
                new XElement("Name", name),
                new XElement("LogicalName", name),
                new XElement("RequiredLevel", requiredLevel),
                new XElement("DisplayMask", mask),
                new XElement("ImeMode", "auto"),
                Xml.Flag("ValidForUpdateApi", type != "primarykey"),
                Xml.Flag("ValidForReadApi", true),
                Xml.Flag("ValidForCreateApi", true),
                Xml.Flag("IsCustomField", custom),
                Xml.Flag("IsAuditEnabled", custom),
                Xml.Flag("IsSecured", false),
                new XElement("IntroducedVersion", IntroducedVersion),
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("IsRenameable", true),
                Xml.Flag("CanModifySearchSettings", true),
                Xml.Flag("CanModifyRequirementLevelSettings", true),
                Xml.Flag("CanModifyAdditionalSettings", true),
                new XElement("SourceType", 0),
                Xml.Flag("IsGlobalFilterEnabled", false),
                Xml.Flag("IsSortableEnabled", false),
                Xml.Flag("CanModifyGlobalFilterSettings", true),
                Xml.Flag("CanModifyIsSortableSettings", true),
                extras,
                Xml.Labels("displaynames", "displayname", display),
                Xml.Labels("Descriptions", "Description", description));

        private static XElement BooleanOptionSet(TableSource table, ColumnSource column) =>
            new("optionset",
                new XAttribute("Name", table.Name + "_" + column.Name),
                new XElement("OptionSetType", "bit"),
                new XElement("IntroducedVersion", IntroducedVersion),
                Xml.Flag("IsCustomizable", true),
                Xml.Labels("displaynames", "displayname", column.DisplayName),
                Xml.Labels("Descriptions", "Description", column.Description),
                new XElement("options",
                    Option(1, column.TrueLabel),
                    Option(0, column.FalseLabel)));

        private static XElement Option(int value, Label label) =>
            new("option", new XAttribute("value", value), Xml.Labels("labels", "label", label));

        private static XElement StateOptionSet(string table) =>
            new("optionset",
                new XAttribute("Name", table + "_statecode"),
                new XElement("OptionSetType", "state"),
                new XElement("IntroducedVersion", IntroducedVersion),
                Xml.Flag("IsCustomizable", true),
                Xml.Labels("displaynames", "displayname", new Label("Estado", "Status")),
                new XElement("states",
                    State(0, 1, "Active", new Label("Activo", "Active")),
                    State(1, 2, "Inactive", new Label("Inactivo", "Inactive"))));

        private static XElement State(int value, int defaultStatus, string invariantName, Label label) =>
            new("state",
                new XAttribute("value", value),
                new XAttribute("defaultstatus", defaultStatus),
                new XAttribute("invariantname", invariantName),
                Xml.Labels("labels", "label", label));

        private static XElement StatusOptionSet(string table) =>
            new("optionset",
                new XAttribute("Name", table + "_statuscode"),
                new XElement("OptionSetType", "status"),
                new XElement("IntroducedVersion", IntroducedVersion),
                Xml.Flag("IsCustomizable", true),
                Xml.Labels("displaynames", "displayname", new Label("Razón para el estado", "Status Reason")),
                new XElement("statuses",
                    new XElement("status", new XAttribute("value", 1), new XAttribute("state", 0), Xml.Labels("labels", "label", new Label("Activo", "Active"))),
                    new XElement("status", new XAttribute("value", 2), new XAttribute("state", 1), Xml.Labels("labels", "label", new Label("Inactivo", "Inactive")))));

        /// <summary>The control a form uses for a column of this schema type.</summary>
        public static string ControlClassId(string type) => type switch
        {
            "datetime" => "{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}",
            "lookup" or "owner" or "customer" => "{270BD3DB-D9AF-4782-9025-509E298DEC0A}",
            "picklist" or "state" or "status" => "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}",
            "bit" => "{67FAC785-CD58-4f9f-ABB3-4B7DDC6ED5ED}",
            "int" or "bigint" => "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}",
            "ntext" => "{E0DECE4B-6FC8-4a8f-A065-082708572369}",
            _ => "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}",
        };

        /// <summary>The schema type of a source column (for controls and checks).</summary>
        public static string SchemaType(ColumnSource column) => TypeOf(column.Type);

        public static IEnumerable<SystemColumn> SystemColumnsOf(TableSource table) =>
            table.Existing
                ? SystemTables.ColumnsOf(table.Name)
                : SystemTables.ColumnsOfNewTable(table.Name, table.Ownership, table.DisplayName);

        /// <summary>The system columns a new table's &lt;attributes&gt; list, shaped as exports write them.</summary>
        public static IEnumerable<XElement> SystemAttributesOf(TableSource table) =>
            table.Existing
                ? Enumerable.Empty<XElement>()
                : NewTableColumns.For(table.Name, table.Ownership, table.DisplayName, table.SchemaName).Select(c => ForSystemColumn(table.Name, c));

        /// <summary>Every column of the table by name: ours and the system's, with schema type and label.</summary>
        public static IReadOnlyDictionary<string, SystemColumn> AllColumns(TableSource table) =>
            SystemColumnsOf(table)
                .Concat(table.Columns.Select(c => new SystemColumn(c.Name, SchemaType(c), c.DisplayName)))
                .GroupBy(c => c.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }
}
