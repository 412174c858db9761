using System;
using System.Linq;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.SolutionPackager.Source;
using ColumnType = ProChile.Crm.LocalOrganization.Metadata.ColumnType;
using TableOwnership = ProChile.Crm.LocalOrganization.Metadata.TableOwnership;

namespace ProChile.Crm.LocalOrganization.Solution.Tests
{
    /// <summary>The local organization's tables are the ones Solution/src ships, completed with what Dataverse provides.</summary>
    [TestClass]
    public sealed class SolutionTablesTests
    {
        private static OrganizationSchema Declared()
        {
            var organization = new LocalOrganization();
            SolutionTables.Shipped.DeclareOn(organization.Schema);
            return organization.Schema;
        }

        [TestMethod]
        public void EveryTableOfSolutionSrcIsDeclared_WithTheTaskAndEmailTheFollowUpsWrite()
        {
            var schema = Declared();

            foreach (var table in new[] { "account", "pch_action", "pch_behaviournote", "pch_categoryhistory", "pch_holiday", "pch_request", "pch_setting", "task", "email" })
            {
                Assert.IsTrue(schema.TryGetTable(table, out _), $"{table} is not declared");
            }

            // and Solution/src holds no table this test does not name
            CollectionAssert.IsSubsetOf(SolutionTables.Shipped.Source.Tables.Select(t => t.Name).ToList(), new[] { "account", "pch_action", "pch_behaviournote", "pch_categoryhistory", "pch_holiday", "pch_request", "pch_setting" });
        }

        [TestMethod]
        public void D5_TextLengthsAreSolutionSrcs_TheHolidaysCommunesHold300Characters()
        {
            Assert.AreEqual(300, Declared().Table(Holiday.EntityLogicalName).Column(Holiday.Communes).MaxLength);
            Assert.AreEqual(4000, Declared().Table(Setting.EntityLogicalName).Column(Setting.Value).MaxLength);
        }

        [TestMethod]
        public void D4_TheRequestsOfficeIsAChoiceOfTheSixteenRegionsWithTheSolutionsValues()
        {
            var office = Declared().Table(Request.EntityLogicalName).Column(Request.Office);

            Assert.AreEqual(ColumnType.Picklist, office.Type);
            CollectionAssert.AreEqual(
                Enum.GetValues(typeof(Choices.Region)).Cast<int>().ToArray(),
                office.Options.ToArray());
            Assert.AreEqual(16, office.Options.Count);
        }

        [TestMethod]
        public void ALookupKeepsItsTargetRelationshipAndCascadeFromSolutionSrc()
        {
            var account = Declared().Table(Request.EntityLogicalName).Column(Request.AccountId);

            CollectionAssert.AreEqual(new[] { Account.EntityLogicalName }, account.Targets.ToArray());
            Assert.AreEqual(Relationships.AccountRequests, account.RelationshipName);
            Assert.AreEqual(CascadeDelete.Restrict, account.OnDelete);
        }

        [TestMethod]
        public void AccountGetsDataversesSystemTextColumns_NameIsItsPrimaryName()
        {
            var account = Declared().Table(Account.EntityLogicalName);

            Assert.AreEqual(Account.Name, account.PrimaryNameAttribute);
            Assert.AreEqual(160, account.Column(Account.Name).MaxLength);
            Assert.AreEqual(100, account.Column(Account.Email).MaxLength);
            Assert.AreEqual(50, account.Column(Account.Telephone).MaxLength);
        }

        [TestMethod]
        public void OrganizationOwnedTablesOfSolutionSrcAreOrganizationOwned()
        {
            Assert.AreEqual(TableOwnership.OrganizationOwned, Declared().Table(Holiday.EntityLogicalName).Ownership);
            Assert.AreEqual(TableOwnership.UserOwned, Declared().Table(Request.EntityLogicalName).Ownership);
        }

        [TestMethod]
        public void AMissingSourceFolderIsRefusedNamingIt()
        {
            var error = Assert.ThrowsExactly<SolutionSourceException>(() => SolutionTables.Load("no-such-solution-src"));

            StringAssert.Contains(error.Message, "no-such-solution-src");
            StringAssert.Contains(error.Message, "no existe");
        }
    }
}
