extern alias shipped;

using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;
using Request = shipped::ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Simulation.Tests.Organization
{
    [TestClass]
    public sealed class SolutionSchemaTests
    {
        [TestMethod]
        public void EveryTableOfTheSolutionSourceIsDeclaredWithTheActivitiesTheFollowUpsWrite()
        {
            var organization = new LocalOrganization.LocalOrganization();
            SimulatedYear.Schema.DeclareOn(organization.Schema);

            var declared = organization.Schema.Tables.Select(t => t.LogicalName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
            CollectionAssert.IsSubsetOf(new[] { "account", "email", "pch_action", "pch_behaviournote", "pch_categoryhistory", "pch_holiday", "pch_request", "pch_setting", "task" }, declared);
        }

        [TestMethod]
        public void D4_TheRequestTablesOfficeIsAChoiceOfTheSixteenRegions()
        {
            var organization = new LocalOrganization.LocalOrganization();
            SimulatedYear.Schema.DeclareOn(organization.Schema);

            var office = organization.Schema.Table(Request.EntityLogicalName).Column(Request.Office);
            Assert.AreEqual(ColumnType.Picklist, office.Type);
            Assert.AreEqual(16, office.Options.Count);
        }

        [TestMethod]
        public void R1_ChoiceLabelsComeFromTheSolutionInSpanish()
        {
            Assert.AreEqual("Ñuble", SimulatedYear.Schema.ChoiceLabel(Choices.OptionSetNames.Region, (int)Choices.Region.Nuble));
            Assert.AreEqual("S14", SimulatedYear.Schema.ChoiceName(Choices.OptionSetNames.DeadlineRule, (int)Choices.DeadlineRule.S14));
        }
    }
}
