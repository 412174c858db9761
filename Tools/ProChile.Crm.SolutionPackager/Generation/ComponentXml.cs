using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>Writes the solution-level components: global choices, relationships, roles and dashboards.</summary>
    internal static class ComponentXml
    {
        public static XElement OptionSet(OptionSetSource optionSet) =>
            new("optionset",
                new XAttribute("Name", optionSet.Name),
                new XAttribute("localizedName", optionSet.DisplayName.Spanish),
                new XElement("OptionSetType", "picklist"),
                Xml.Flag("IsGlobal", true),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                Xml.Flag("IsCustomizable", true),
                Xml.Labels("displaynames", "displayname", optionSet.DisplayName),
                Xml.Labels("Descriptions", "Description", optionSet.Description),
                new XElement("options", optionSet.Options.Select(o =>
                    new XElement("option", new XAttribute("value", o.Value), Xml.Labels("labels", "label", o.Label)))));

        /// <summary>The one-to-many relationship a lookup column stands for (the lookup's table is the referencing one).</summary>
        public static XElement Relationship(TableSource table, ColumnSource lookup, SchemaNames names)
        {
            // Reassigning a company moves only the children the source says (history); an action keeps the
            // executive who registered it (C6), a request the executive who owes it.
            var cascadeAssign = lookup.CascadeAssign;
            return new XElement("EntityRelationship",
                new XAttribute("Name", lookup.Relationship!),
                new XElement("EntityRelationshipType", "OneToMany"),
                Xml.Flag("IsCustomizable", true),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                Xml.Flag("IsHierarchical", false),
                new XElement("ReferencingEntityName", names.Of(table.Name)),
                new XElement("ReferencedEntityName", names.Of(lookup.Target!)),
                new XElement("CascadeAssign", cascadeAssign),
                new XElement("CascadeDelete", lookup.CascadeDelete),
                new XElement("CascadeReparent", "NoCascade"),
                new XElement("CascadeShare", cascadeAssign),
                new XElement("CascadeUnshare", cascadeAssign),
                new XElement("CascadeRollupView", "NoCascade"),
                Xml.Flag("IsValidForAdvancedFind", true),
                // Exports name the referencing column and its navigation property by the column's schema name (pch_AccountId).
                new XElement("ReferencingAttributeName", lookup.SchemaName),
                new XElement("RelationshipDescription", Xml.Labels("Descriptions", "Description", lookup.Description)),
                new XElement("EntityRelationshipRoles",
                    new XElement("EntityRelationshipRole",
                        new XElement("NavPaneDisplayOption", "UseCollectionName"),
                        new XElement("NavPaneArea", "Details"),
                        new XElement("NavPaneOrder", 10000),
                        new XElement("NavigationPropertyName", lookup.SchemaName),
                        new XElement("RelationshipRoleType", 1)),
                    new XElement("EntityRelationshipRole",
                        new XElement("NavigationPropertyName", lookup.Relationship),
                        new XElement("RelationshipRoleType", 0))));
        }

        /// <summary>A role: privilege names are prv + action + the table's schema name (prvReadAccount, prvCreatepch_request).</summary>
        public static XElement Role(RoleSource role, SchemaNames names) =>
            new("Role",
                new XAttribute("id", DeterministicGuid.Braced(ComponentIds.Role(role.Id))),
                new XAttribute("name", role.Name),
                Xml.Flag("IsCustomizable", true),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                new XElement("RolePrivileges", role.Privileges.SelectMany(p => p.Levels.Select(level =>
                    new XElement("RolePrivilege",
                        new XAttribute("name", "prv" + level.Key + names.Of(p.Table)),
                        new XAttribute("level", level.Value))))));

        /// <summary>How many form rows each dashboard part spans (Microsoft's sample dashboards use 12).</summary>
        public const int DashboardRowSpan = 12;

        /// <summary>
        /// A dashboard, per Microsoft's documented pattern (Power Apps docs, "Sample dashboards"): one section whose
        /// columns attribute has a 1 per column, cells spanning <see cref="DashboardRowSpan"/> rows, and after each
        /// row of parts the empty &lt;row /&gt; placeholders the span covers, so parts do not overlap.
        /// </summary>
        public static XElement Dashboard(DashboardSource dashboard)
        {
            var id = ComponentIds.Dashboard(dashboard.Id);
            var columns = Math.Max(1, dashboard.Rows.Max(r => r.Count));
            var rows = dashboard.Rows.SelectMany((row, r) => new[]
                {
                    new XElement("row",
                        row.Select((part, c) => FormLayoutXml.Cell(id, r + "/" + c, part.Label, DashboardControl(part, r, c),
                            new XAttribute("colspan", 1), new XAttribute("rowspan", DashboardRowSpan)))),
                }.Concat(Enumerable.Range(1, DashboardRowSpan - 1).Select(_ => new XElement("row"))));
            var section = FormLayoutXml.Section(id, "main", dashboard.Name, columns, rows);
            // The docs' sections write their columns as one digit per column ("11" for two parts side by side).
            section.SetAttributeValue("columns", new string('1', columns));
            return new XElement("Dashboard",
                new XElement("FormId", DeterministicGuid.Braced(id)),
                Xml.Labels("LocalizedNames", "LocalizedName", dashboard.Name),
                Xml.Labels("Descriptions", "Description", dashboard.Description),
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("IsDefault", false),
                Xml.Flag("CanBeDeleted", true),
                new XElement("FormXml",
                    new XElement("forms", new XAttribute("type", "dashboard"),
                        new XElement("form", new XElement("tabs", FormLayoutXml.Tab(id, "main", dashboard.Name, new[] { section }, showLabel: false))))),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                Xml.Flag("IsTabletEnabled", true));
        }

        /// <summary>A grid control over a view; with a chart, it opens in chart mode.</summary>
        private static XElement DashboardControl(DashboardPartSource part, int row, int column)
        {
            var view = DeterministicGuid.Braced(ComponentIds.View(part.Table, part.View));
            return new XElement("control",
                new XAttribute("id", $"Component{row}_{column}"),
                new XAttribute("classid", "{E7A81278-8635-4d9e-8D4D-59480B391C5B}"),
                new XElement("parameters",
                    new XElement("ViewId", view),
                    new XElement("IsUserView", "false"),
                    new XElement("RelationshipName"),
                    new XElement("TargetEntityType", part.Table),
                    new XElement("AutoExpand", "Fixed"),
                    new XElement("EnableQuickFind", "false"),
                    new XElement("EnableViewPicker", "false"),
                    new XElement("ViewIds", view),
                    new XElement("EnableJumpBar", "false"),
                    new XElement("ChartGridMode", part.Chart == null ? "Grid" : "Chart"),
                    new XElement("VisualizationId", part.Chart == null ? string.Empty : DeterministicGuid.Braced(ComponentIds.Chart(part.Table, part.Chart))),
                    new XElement("IsUserChart", "false"),
                    new XElement("EnableChartPicker", "false"),
                    new XElement("RecordsPerPage", 10)));
        }

        public static IEnumerable<(TableSource Table, ColumnSource Lookup)> Lookups(SolutionSource source) =>
            source.Tables.SelectMany(t => t.Columns.Where(c => c.Type == ColumnType.Lookup).Select(c => (t, c)));
    }
}
