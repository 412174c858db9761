using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.Solution.Tests.Checks;

namespace ProChile.Crm.Solution.Tests.Generation
{
    /// <summary>customizations.xml written the way Dataverse exports write the same components (see Solution/README.md, "Compared with real exports").</summary>
    [TestClass]
    public sealed class ExportShapeTests
    {
        private static XDocument Customizations => GoodPackage.Customizations;

        private static XElement Entity(string schemaName) =>
            Customizations.Root!.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == schemaName);

        private static XElement Attribute(string table, string column) =>
            Entity(table).Descendants("attribute").Single(a => (string?)a.Element("LogicalName") == column);

        [TestMethod]
        [DataRow("pch_categoryhistory", "pch_categoryhistories")]
        [DataRow("pch_holiday", "pch_holidays")]
        [DataRow("pch_request", "pch_requests")]
        [DataRow("pch_box", "pch_boxes")]
        public void EntitySetName_IsTheLogicalNameInThePlural(string table, string expected)
        {
            Assert.AreEqual(expected, TableXml.EntitySetName(table));
        }

        [TestMethod]
        public void CustomTable_CarriesItsSchemaNameAndTheSetNameUsersType()
        {
            var entity = Entity("pch_CategoryHistory");

            Assert.AreEqual("pch_CategoryHistory", (string?)entity.Element("EntityInfo")!.Element("entity")!.Attribute("Name"));
            Assert.AreEqual("pch_categoryhistories", (string?)entity.Descendants("EntitySetName").Single());
            Assert.AreEqual("pch_CategoryHistoryId", (string?)Attribute("pch_CategoryHistory", "pch_categoryhistoryid").Attribute("PhysicalName"));
        }

        [TestMethod]
        public void UserOwnedTable_CarriesTheSystemColumnsOfExports_WithoutVersionNumber()
        {
            var columns = Entity("pch_Request").Descendants("attribute").Where(a => (string?)a.Element("IsCustomField") == "0")
                .Select(a => (string)a.Attribute("PhysicalName")!).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

            CollectionAssert.AreEqual(new[]
            {
                "CreatedBy", "CreatedOn", "CreatedOnBehalfBy", "ImportSequenceNumber", "ModifiedBy", "ModifiedOn", "ModifiedOnBehalfBy",
                "OverriddenCreatedOn", "OwnerId", "OwningBusinessUnit", "OwningTeam", "OwningUser", "TimeZoneRuleVersionNumber",
                "UTCConversionTimeZoneCode", "pch_RequestId", "statecode", "statuscode",
            }, columns);
        }

        [TestMethod]
        public void SystemColumns_CarryTheRequirementAndApiFlagsOfExports()
        {
            Assert.AreEqual("none", (string?)Attribute("pch_Request", "statuscode").Element("RequiredLevel"));
            Assert.AreEqual("systemrequired", (string?)Attribute("pch_Request", "statecode").Element("RequiredLevel"));
            foreach (var column in new[] { "createdby", "createdon", "modifiedby", "modifiedon", "createdonbehalfby", "statecode" })
            {
                Assert.AreEqual("0", (string?)Attribute("pch_Request", column).Element("ValidForCreateApi"), column);
            }

            Assert.AreEqual("0", (string?)Attribute("pch_Request", "createdby").Element("ValidForUpdateApi"));
            Assert.AreEqual("1", (string?)Attribute("pch_Request", "statecode").Element("ValidForUpdateApi"));
            Assert.AreEqual("1", (string?)Attribute("pch_Request", "overriddencreatedon").Element("ValidForCreateApi"));
        }

        [TestMethod]
        public void CustomDateTimeColumns_MayChangeTheirBehaviour_SystemOnesMayNot()
        {
            Assert.AreEqual("1", (string?)Attribute("pch_Request", "pch_due").Element("CanChangeDateTimeBehavior"));
            Assert.AreEqual("0", (string?)Attribute("pch_Request", "createdon").Element("CanChangeDateTimeBehavior"));
        }

        [TestMethod]
        public void CustomTable_HasTheSystemRelationshipsOfExports()
        {
            var relationships = Customizations.Root!.Element("EntityRelationships")!.Elements("EntityRelationship")
                .Where(r => (string?)r.Element("ReferencingEntityName") == "pch_Request" && !((string)r.Attribute("Name")!).StartsWith("pch_", System.StringComparison.Ordinal))
                .ToDictionary(r => (string)r.Attribute("Name")!, r => ((string?)r.Element("ReferencedEntityName"), (string?)r.Element("ReferencingAttributeName")));

            Assert.AreEqual(8, relationships.Count);
            Assert.AreEqual(("BusinessUnit", "OwningBusinessUnit"), relationships["business_unit_pch_request"]);
            Assert.AreEqual(("Owner", "OwnerId"), relationships["owner_pch_request"]);
            Assert.AreEqual(("Team", "OwningTeam"), relationships["team_pch_request"]);
            Assert.AreEqual(("SystemUser", "OwningUser"), relationships["user_pch_request"]);
            Assert.AreEqual(("SystemUser", "CreatedBy"), relationships["lk_pch_request_createdby"]);
            Assert.AreEqual(("SystemUser", "ModifiedOnBehalfBy"), relationships["lk_pch_request_modifiedonbehalfby"]);
        }

        [TestMethod]
        public void CustomColumns_CarryTheSchemaNameAsPhysicalName_AndKeepTheLogicalNamePluginsUse()
        {
            var column = Attribute("pch_CategoryHistory", "pch_accountid");

            Assert.AreEqual("pch_AccountId", (string?)column.Attribute("PhysicalName"));
            Assert.AreEqual("pch_accountid", (string?)column.Element("Name"));
            Assert.AreEqual("FollowUpOptOut", ((string?)Attribute("Account", "pch_followupoptout").Attribute("PhysicalName"))?[4..]);
        }

        [TestMethod]
        public void LookupRelationships_NameTheReferencingColumnAndItsNavigationPropertyByTheColumnsSchemaName()
        {
            var relationship = Customizations.Root!.Element("EntityRelationships")!.Elements("EntityRelationship")
                .Single(r => (string?)r.Attribute("Name") == "pch_account_pch_categoryhistory");
            var referencing = relationship.Descendants("EntityRelationshipRole").Single(r => (string?)r.Element("RelationshipRoleType") == "1");

            Assert.AreEqual("pch_AccountId", (string?)relationship.Element("ReferencingAttributeName"));
            Assert.AreEqual("pch_AccountId", (string?)referencing.Element("NavigationPropertyName"));
        }

        [TestMethod]
        public void RolePrivileges_NameTablesByTheirSchemaName()
        {
            var privileges = Customizations.Root!.Element("Roles")!.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!).ToList();

            CollectionAssert.Contains(privileges, "prvReadpch_CategoryHistory");
            CollectionAssert.Contains(privileges, "prvReadAccount");
            Assert.IsFalse(privileges.Contains("prvReadpch_categoryhistory"));
        }

        [TestMethod]
        public void ReadmeRolesMatrix_NamesEachTablesPrivilegesAsThePackedRolesDo()
        {
            var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "Solution", "README.md"));
            var matrix = readme[readme.IndexOf("### Roles", System.StringComparison.Ordinal)..readme.IndexOf("## What the solution contains", System.StringComparison.Ordinal)];
            var written = System.Text.RegularExpressions.Regex.Matches(matrix, "`prvRead([A-Za-z_]+)`").Select(m => m.Groups[1].Value).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
            var packed = Customizations.Root!.Element("Roles")!.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!)
                .Where(n => n.StartsWith("prvRead", System.StringComparison.Ordinal)).Select(n => n["prvRead".Length..])
                .Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

            CollectionAssert.AreEqual(packed, written);
        }

        [TestMethod]
        public void RequestForm_CountsDownToTheDueInstantWithThePlatformTimer()
        {
            var timer = Entity("pch_Request").Descendants("control").Single(c => (string?)c.Attribute("classid") == FormXml.TimerClassId);
            var parameters = timer.Element("parameters")!;

            Assert.AreEqual("pch_due", (string?)parameters.Element("FailureTimeField"));
            Assert.AreEqual("pch_deadlinestatus", (string?)parameters.Element("SuccessConditionName"));
            Assert.AreEqual("168700004", (string?)parameters.Element("SuccessConditionValue"), "success: Cumplida en plazo");
            Assert.AreEqual("168700003", (string?)parameters.Element("FailureConditionValue"), "failure: Vencida");
            Assert.AreEqual("168700002", (string?)parameters.Element("WarningConditionValue"), "warning: En riesgo, from the warning instant");
            var section = timer.Ancestors("section").First();
            CollectionAssert.AreEqual(new[] { "plazo_timer", "pch_skippeddays" }, section.Descendants("control").Select(c => (string)c.Attribute("id")!).ToArray());
        }

        [TestMethod]
        public void FormHeaders_ShowTheRecordsState()
        {
            string[] Header(string table) => Entity(table).Descendants("header").Single().Descendants("control").Select(c => (string)c.Attribute("datafieldname")!).ToArray();

            CollectionAssert.IsSubsetOf(new[] { "pch_segment", "pch_category" }, Header("Account"));
            CollectionAssert.Contains(Header("pch_Request"), "pch_deadlinestatus");
            CollectionAssert.Contains(Header("pch_BehaviourNote"), "pch_notestatus");
            Assert.IsTrue(Entity("Account").Descendants("header").Single().Descendants("control").All(c => ((string)c.Attribute("id")!).StartsWith("header_", System.StringComparison.Ordinal)));
        }

        [TestMethod]
        public void CarteraForm_IsShownFirstToTheThreeProChileRoles()
        {
            var conditions = Entity("Account").Descendants("DisplayConditions").Single();

            Assert.AreEqual("0", (string?)conditions.Attribute("Order"));
            Assert.AreEqual("false", (string?)conditions.Attribute("FallbackForm"), "the stock form stays the fallback for everyone else; exports write the flag either way");
            CollectionAssert.AreEquivalent(
                new[] { "ejecutivo-regional", "ejecutivo-comercial", "administrador-cartera" }.Select(r => DeterministicGuid.Braced(ComponentIds.Role(r))).ToArray(),
                conditions.Elements("Role").Select(r => (string)r.Attribute("Id")!).ToArray());
        }

        [TestMethod]
        public void App_OffersCarteraAsItsOnlyAccountForm_SoTheStockFormsOrderDoesNotDecideWhereExecutivesLand()
        {
            var formIds = Customizations.Root!.Element("AppModules")!.Descendants("AppModuleComponent")
                .Where(c => (string?)c.Attribute("type") == "60").Select(c => (string?)c.Attribute("id")).ToList();
            var accountForms = Entity("Account").Descendants("systemform").Select(f => (string?)f.Element("formid")).ToList();

            CollectionAssert.AreEqual(new[] { DeterministicGuid.Braced(ComponentIds.Form("account", "cartera")) }, accountForms.ToArray());
            CollectionAssert.Contains(formIds, accountForms.Single());
        }

        [TestMethod]
        public void Dashboard_FollowsEachRowOfPartsWithThePlaceholderRowsItsSpanCovers()
        {
            var section = Customizations.Root!.Element("Dashboards")!.Descendants("section").Single();
            var rows = section.Element("rows")!.Elements("row").ToList();

            Assert.AreEqual("11", (string?)section.Attribute("columns"));
            Assert.AreEqual(3 * ComponentXml.DashboardRowSpan, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var parts = rows[i].Elements("cell").ToList();
                Assert.AreEqual(i % ComponentXml.DashboardRowSpan == 0 ? 2 : 0, parts.Count, $"row {i}");
                Assert.IsTrue(parts.All(p => (string?)p.Attribute("rowspan") == ComponentXml.DashboardRowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        [TestMethod]
        public void App_MapsTheThreeProChileRolesAndSystemAdministrator_AndListsEveryTable()
        {
            var app = Customizations.Root!.Element("AppModules")!.Element("AppModule")!;
            var roles = app.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => (string)r.Attribute("id")!).ToArray();
            var tables = app.Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => (string?)c.Attribute("type") == "1").Select(c => (string)c.Attribute("schemaName")!).ToArray();

            CollectionAssert.AreEquivalent(
                new[] { "ejecutivo-regional", "ejecutivo-comercial", "administrador-cartera" }.Select(r => DeterministicGuid.Braced(ComponentIds.Role(r))).Append("{627090ff-40a3-4053-8790-584edc5be201}").ToArray(),
                roles);
            CollectionAssert.AreEquivalent(new[] { "account", "pch_action", "pch_behaviournote", "pch_categoryhistory", "pch_holiday", "pch_request", "pch_setting" }, tables);
        }
    }
}
