using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Solution;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    /// <summary>
    /// S2, S11, S4 as the people who do the job: each user holds only Basic User and the ProChile role of that job,
    /// in their office's business unit. The chain and the guidance email are bookkeeping the role does not grant
    /// (creating a request owned by someone else, emails), done as SYSTEM by the steps.
    /// </summary>
    [TestClass]
    public sealed class ProcessAsProChileRolesTests : PipelineTest
    {
        private static readonly DateTime ContactAt = new DateTime(2025, 3, 11, 13, 30, 0, DateTimeKind.Utc);

        private Guid Executive(string name, string office, string role) =>
            Org.AddUser(name, Org.AddBusinessUnit(office), SolutionRoles.BasicUser, role);

        private Guid CompanyOwnedBy(Guid owner, Choices.ExportPotential? potential = null)
        {
            var account = PortfolioAccount();
            account[Account.Region] = new OptionSetValue((int)Choices.Region.Valparaiso);
            account[Account.Owner] = new EntityReference("systemuser", owner);
            if (potential is Choices.ExportPotential value)
            {
                account[Account.ExportPotential] = new OptionSetValue((int)value);
            }
            return Org.Seed(account)[0];
        }

        private Entity[] Successors(Guid predecessor) => Org.InspectAll(Request.EntityLogicalName)
            .Where(r => r.GetAttributeValue<EntityReference>(Request.Predecessor)?.Id == predecessor).ToArray();

        [TestMethod]
        public void S2_ARegionalExecutiveRecordingTheContactOnTheirS3GetsTheirS2_AndClearingItCancelsIt()
        {
            var executive = Executive("Ejecutiva Valparaíso", "Oficina Valparaíso", SolutionRoles.RegionalExecutive);
            var service = Org.ServiceFor(executive);
            var s3 = service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Contactar a Viña Los Andes",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S3),
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, CompanyOwnedBy(executive)),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Valparaiso),
            });
            StartCounting();

            service.Update(new Entity(Request.EntityLogicalName, s3) { [Request.AnsweredOn] = ContactAt });

            var s2 = Successors(s3).Single();
            Assert.AreEqual((int)Choices.DeadlineRule.S2, Choice(s2, Request.Rule));
            Assert.AreEqual(executive, s2.GetAttributeValue<EntityReference>(Request.Owner).Id);
            Assert.AreEqual(new DateTime(2025, 3, 27, 2, 59, 59, DateTimeKind.Utc), s2.GetAttributeValue<DateTime>(Request.Due));
            CollectionAssert.AreEqual(new[] { "Create pch_request", "Update pch_request" }, CallsListBy<Plugins.Requests.RequestChainPlugin>());

            service.Update(new Entity(Request.EntityLogicalName, s3) { [Request.AnsweredOn] = null });

            Assert.AreEqual(Request.InactiveState, Choice(Stored(Request.EntityLogicalName, s2.Id), Request.StateCode));
        }

        [TestMethod]
        public void S11_ACommercialExecutiveAnsweringAnUrgentDemandGetsTheFollowUp()
        {
            var executive = Executive("Ejecutivo Shanghái", "Oficinas comerciales", SolutionRoles.CommercialExecutive);
            var service = Org.ServiceFor(executive);
            var s9 = service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Demanda de importador de vinos",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S9),
                [Request.CommercialOffice] = "Asia/Shanghai",
                [Request.Urgency] = new OptionSetValue((int)Choices.Urgency.Urgent),
            });

            service.Update(new Entity(Request.EntityLogicalName, s9) { [Request.AnsweredOn] = ContactAt });

            var s11 = Successors(s9).Single();
            Assert.AreEqual((int)Choices.DeadlineRule.S11, Choice(s11, Request.Rule));
            Assert.AreEqual(executive, s11.GetAttributeValue<EntityReference>(Request.Owner).Id);
        }

        [TestMethod]
        public void S4_ARegionalExecutiveRegisteringABajaTestLeavesTheGuidanceEmailRecordedAndTheRequestMet()
        {
            var executive = Executive("Ejecutiva Valparaíso", "Oficina Valparaíso", SolutionRoles.RegionalExecutive);
            var company = CompanyOwnedBy(executive, Choices.ExportPotential.Baja);
            StartCounting();

            var request = Org.ServiceFor(executive).Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Resultado del Test de Autodiagnóstico",
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.SelfDiagnosisTest),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Valparaiso),
            });

            var email = Org.InspectAll(EmailActivity.EntityLogicalName).Single();
            Assert.AreEqual(executive, email.GetAttributeValue<EntityReference>(EmailActivity.Owner).Id);
            Assert.AreEqual("valparaiso@prochile.gob.cl", email.GetAttributeValue<EntityCollection>(EmailActivity.From).Entities.Single().GetAttributeValue<string>(ActivityParty.AddressUsed));
            Assert.AreEqual((int)Choices.DeadlineStatus.Met, Choice(Stored(Request.EntityLogicalName, request), Request.DeadlineStatus));
            CollectionAssert.AreEqual(new[] { "Retrieve account", "RetrieveMultiple pch_setting", "Create email", "Update pch_request" }, CallsListBy<Plugins.Requests.GuidanceEmailPlugin>());
        }
    }
}
