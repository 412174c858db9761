using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Writes one &lt;Entity&gt;: its columns (for a new table, with the system columns Dataverse expects), its
    /// main forms, its views (ours, plus the standard ones of a new table) and its charts.
    /// </summary>
    internal static class TableXml
    {
        private static readonly Dictionary<string, string> SystemSchemaNames = new(StringComparer.Ordinal)
        {
            ["account"] = "Account",
            ["contact"] = "Contact",
            ["systemuser"] = "SystemUser",
            ["team"] = "Team",
            ["businessunit"] = "BusinessUnit",
            ["owner"] = "Owner",
            ["organization"] = "Organization",
        };

        /// <summary>The schema name Dataverse keys a table by in customizations.xml and privilege names.</summary>
        public static string SchemaName(string table) => SystemSchemaNames.TryGetValue(table, out var name) ? name : table;

        public static XElement Entity(TableSource table, SolutionSource source) =>
            new("Entity",
                new XElement("Name",
                    new XAttribute("LocalizedName", table.DisplayName.Spanish),
                    new XAttribute("OriginalName", table.DisplayName.Spanish),
                    table.Existing ? SchemaName(table.Name) : table.SchemaName),
                SystemTables.ObjectTypeCodeOf(table.Name) is { } code ? new XElement("ObjectTypeCode", code) : null,
                new XElement("EntityInfo", table.Existing ? ExistingEntityInfo(table) : NewEntityInfo(table)),
                new XElement("FormXml", new XElement("forms", new XAttribute("type", "main"), table.Forms.Select(f => FormXml.Form(table, f, source)))),
                new XElement("SavedQueries", new XElement("savedqueries", StandardViews(table).Concat(table.Views.Select(v => View(table, v))))),
                table.Charts.Count == 0 ? null : new XElement("Visualizations", table.Charts.Select(c => Chart(table, c))));

        private static XElement ExistingEntityInfo(TableSource table) =>
            // unmodified="1": the solution adds columns to the system table and leaves its own settings alone.
            new("entity",
                new XAttribute("Name", SchemaName(table.Name)),
                new XAttribute("unmodified", "1"),
                new XElement("attributes", table.Columns.Select(c => ColumnXml.Custom(table, c))));

        private static XElement NewEntityInfo(TableSource table) =>
            new("entity",
                new XAttribute("Name", table.SchemaName),
                Xml.Labels("LocalizedNames", "LocalizedName", table.DisplayName),
                Xml.Labels("LocalizedCollectionNames", "LocalizedCollectionName", table.CollectionName),
                Xml.Labels("Descriptions", "Description", table.Description),
                new XElement("attributes",
                    ColumnXml.SystemAttributesOf(table)
                        .Concat(table.Columns.Select(c => ColumnXml.Custom(table, c)))
                        .OrderBy(a => (string)a.Element("LogicalName")!, StringComparer.Ordinal)),
                new XElement("EntitySetName", EntitySetName(table.Name)),
                Xml.Flag("IsDuplicateCheckSupported", false),
                Xml.Flag("IsBusinessProcessEnabled", false),
                Xml.Flag("IsRequiredOffline", false),
                Xml.Flag("IsInteractionCentricEnabled", false),
                Xml.Flag("IsCollaboration", false),
                Xml.Flag("AutoRouteToOwnerQueue", false),
                Xml.Flag("IsConnectionsEnabled", false),
                Xml.Flag("IsDocumentManagementEnabled", false),
                Xml.Flag("AutoCreateAccessTeams", false),
                new XElement("OwnershipTypeMask", table.Ownership == TableOwnership.User ? "UserOwned" : "OrgOwned"),
                Xml.Flag("IsAuditEnabled", true),
                Xml.Flag("IsActivity", false),
                Xml.Flag("IsActivityParty", false),
                Xml.Flag("IsReplicated", false),
                Xml.Flag("IsReplicationUserFiltered", false),
                Xml.Flag("IsMailMergeEnabled", false),
                Xml.Flag("IsVisibleInMobile", true),
                Xml.Flag("IsVisibleInMobileClient", true),
                Xml.Flag("IsReadOnlyInMobileClient", false),
                Xml.Flag("IsOfflineInMobileClient", false),
                Xml.Flag("IsMapiGridEnabled", true),
                Xml.Flag("IsReadingPaneEnabled", true),
                Xml.Flag("IsQuickCreateEnabled", false),
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("IsRenameable", true),
                Xml.Flag("IsMappable", true),
                Xml.Flag("CanModifyAuditSettings", true),
                Xml.Flag("CanModifyMobileVisibility", true),
                Xml.Flag("CanModifyMobileClientVisibility", true),
                Xml.Flag("CanModifyMobileClientReadOnly", true),
                Xml.Flag("CanModifyMobileClientOffline", true),
                Xml.Flag("CanModifyConnectionSettings", true),
                Xml.Flag("CanModifyDuplicateDetectionSettings", true),
                Xml.Flag("CanModifyMailMergeSettings", true),
                Xml.Flag("CanModifyQueueSettings", true),
                Xml.Flag("CanCreateAttributes", true),
                Xml.Flag("CanCreateForms", true),
                Xml.Flag("CanCreateCharts", true),
                Xml.Flag("CanCreateViews", true),
                Xml.Flag("CanModifyAdditionalSettings", true),
                Xml.Flag("CanChangeHierarchicalRelationship", true),
                Xml.Flag("CanChangeTrackingBeEnabled", true),
                Xml.Flag("ChangeTrackingEnabled", false),
                Xml.Flag("SyncToExternalSearchIndex", false),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                new XElement("HasRelatedNotes", "True"),
                new XElement("HasRelatedActivities", "False"),
                table.Keys.Count == 0 ? null : new XElement("EntityKeys", table.Keys.Select(k =>
                    new XElement("EntityKey",
                        new XElement("Name", k.Name),
                        new XElement("LogicalName", k.Name),
                        new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                        Xml.Flag("IsCustomizable", true),
                        Xml.Labels("displaynames", "displayname", k.DisplayName),
                        new XElement("EntityKeyAttributes", k.Columns.Select(c => new XElement("AttributeName", c)))))));

        /// <summary>
        /// The Web API's collection name: the logical name in the plural, as Dataverse forms it when a table is
        /// created (pch_categoryhistories, pch_holidays, pch_requests).
        /// </summary>
        public static string EntitySetName(string table)
        {
            static bool Vowel(char c) => "aeiou".Contains(c, StringComparison.Ordinal);
            if (table.EndsWith('y') && table.Length > 1 && !Vowel(table[^2]))
            {
                return table[..^1] + "ies";
            }

            return table.EndsWith('s') || table.EndsWith('x') || table.EndsWith("ch", StringComparison.Ordinal) || table.EndsWith("sh", StringComparison.Ordinal)
                ? table + "es"
                : table + "s";
        }

        private static XElement View(TableSource table, ViewSource view) =>
            SavedQuery(table, ComponentIds.View(table.Name, view.Id), view.Name, view.Description, queryType: 0, isDefault: false, isQuickFind: false, new XElement(view.Fetch));

        /// <summary>The ids (in the source's naming) of the standard views a new table gets; none for an existing table.</summary>
        public static IEnumerable<string> StandardViewIds(TableSource table) =>
            table.Existing
                ? Enumerable.Empty<string>()
                : new[] { "standard-active", "standard-advancedfind", "standard-associated", "standard-quickfind", "standard-lookup" };

        /// <summary>The views every new table needs: default public, advanced find, associated, quick find, lookup.</summary>
        private static IEnumerable<XElement> StandardViews(TableSource table)
        {
            if (table.Existing)
            {
                yield break;
            }

            var plural = table.CollectionName;
            yield return SavedQuery(table, ComponentIds.View(table.Name, "standard-active"), new Label(plural.Spanish + " activos(as)", "Active " + plural.English),
                Label.Empty, 0, isDefault: true, isQuickFind: false, StandardFetch(table, quickFind: false));
            yield return SavedQuery(table, ComponentIds.View(table.Name, "standard-advancedfind"), new Label("Vista de búsqueda avanzada de " + plural.Spanish, plural.English + " Advanced Find View"),
                Label.Empty, 1, isDefault: true, isQuickFind: false, StandardFetch(table, quickFind: false));
            yield return SavedQuery(table, ComponentIds.View(table.Name, "standard-associated"), new Label(plural.Spanish + " asociados(as)", plural.English + " Associated View"),
                Label.Empty, 2, isDefault: true, isQuickFind: false, StandardFetch(table, quickFind: false));
            yield return SavedQuery(table, ComponentIds.View(table.Name, "standard-quickfind"), new Label("Búsqueda rápida de " + plural.Spanish, "Quick Find " + plural.English),
                Label.Empty, 4, isDefault: true, isQuickFind: true, StandardFetch(table, quickFind: true));
            yield return SavedQuery(table, ComponentIds.View(table.Name, "standard-lookup"), new Label("Vista de búsqueda de " + plural.Spanish, plural.English + " Lookup View"),
                Label.Empty, 64, isDefault: true, isQuickFind: false, StandardFetch(table, quickFind: false));
        }

        private static XElement StandardFetch(TableSource table, bool quickFind) =>
            new("fetch",
                new XAttribute("version", "1.0"),
                new XAttribute("mapping", "logical"),
                new XAttribute("output-format", "xml-platform"),
                new XElement("entity",
                    new XAttribute("name", table.Name),
                    new XElement("attribute", new XAttribute("name", table.PrimaryName!)),
                    new XElement("attribute", new XAttribute("name", "createdon")),
                    new XElement("attribute", new XAttribute("name", table.PrimaryId)),
                    new XElement("order", new XAttribute("attribute", table.PrimaryName!), new XAttribute("descending", "false")),
                    new XElement("filter", new XAttribute("type", "and"),
                        new XElement("condition", new XAttribute("attribute", "statecode"), new XAttribute("operator", "eq"), new XAttribute("value", "0"))),
                    quickFind
                        ? new XElement("filter", new XAttribute("type", "or"), new XAttribute("isquickfindfields", "1"),
                            new XElement("condition", new XAttribute("attribute", table.PrimaryName!), new XAttribute("operator", "like"), new XAttribute("value", "{0}")))
                        : null));

        private static XElement SavedQuery(TableSource table, Guid id, Label name, Label description, int queryType, bool isDefault, bool isQuickFind, XElement fetch)
        {
            var entity = fetch.Element("entity");
            var primaryName = table.PrimaryName ?? SystemTables.ColumnsOf(table.Name).FirstOrDefault(c => c.Type == "nvarchar")?.Name ?? table.PrimaryId;
            var cells = entity?.Elements("attribute")
                .Select(a => (string?)a.Attribute("name"))
                .Where(n => n != null && n != table.PrimaryId)
                .Select(n => new XElement("cell", new XAttribute("name", n!), new XAttribute("width", n == primaryName ? 300 : 150)));
            return new XElement("savedquery",
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("CanBeDeleted", !isDefault),
                Xml.Flag("isquickfindquery", isQuickFind),
                Xml.Flag("isprivate", false),
                Xml.Flag("isdefault", isDefault),
                new XElement("savedqueryid", DeterministicGuid.Braced(id)),
                new XElement("layoutxml",
                    new XElement("grid",
                        new XAttribute("name", "resultset"),
                        new XAttribute("jump", primaryName),
                        new XAttribute("select", "1"),
                        new XAttribute("icon", "1"),
                        new XAttribute("preview", "1"),
                        new XElement("row", new XAttribute("name", "result"), new XAttribute("id", table.PrimaryId), cells))),
                new XElement("querytype", queryType),
                // Known for system tables only; a new table's views take its code from the table on import.
                SystemTables.ObjectTypeCodeOf(table.Name) is { } code ? new XElement("returnedtypecode", code) : null,
                new XElement("fetchxml", fetch),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                Xml.Labels("LocalizedNames", "LocalizedName", name),
                description.IsEmpty ? null : Xml.Labels("Descriptions", "Description", description));
        }

        private static XElement Chart(TableSource table, ChartSource chart) =>
            new("visualization",
                new XElement("savedqueryvisualizationid", DeterministicGuid.Braced(ComponentIds.Chart(table.Name, chart.Id))),
                // The platform stores both descriptions as XML text inside these elements.
                new XElement("datadescription", chart.DataDescription.ToString(SaveOptions.DisableFormatting)),
                new XElement("presentationdescription", chart.Presentation.ToString(SaveOptions.DisableFormatting)),
                Xml.Flag("isdefault", false),
                Xml.Flag("IsCustomizable", true),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                Xml.Labels("LocalizedNames", "LocalizedName", chart.Name),
                Xml.Labels("Descriptions", "Description", chart.Description));
    }
}
