using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Requests;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    [TestClass]
    public sealed class RequestChainPluginTests : PipelineTest
    {
        // Tuesday 11-03-2025 10:30 in Santiago (UTC-3): the contact, or the answer, is recorded.
        private static readonly DateTime ContactAt = new DateTime(2025, 3, 11, 13, 30, 0, DateTimeKind.Utc);

        private Guid Company() => Org.Seed(PortfolioAccount())[0];

        private Guid Contact(Choices.DeadlineRule rule, Guid company, DateTime? answeredOn = null)
        {
            var row = new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Contactar a Viña Los Andes",
                [Request.Rule] = new OptionSetValue((int)rule),
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Valparaiso),
            };
            if (answeredOn is DateTime answered)
            {
                row[Request.AnsweredOn] = answered;
            }
            return Service.Create(row);
        }

        private Guid Demand(Choices.DeadlineRule rule) => Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Demanda de importador de vinos",
            [Request.Rule] = new OptionSetValue((int)rule),
            [Request.CommercialOffice] = "Asia/Shanghai",
            [Request.Urgency] = new OptionSetValue((int)(rule == Choices.DeadlineRule.S9 ? Choices.Urgency.Urgent : Choices.Urgency.Medium)),
        });

        private void Answer(Guid request, DateTime? at) =>
            Service.Update(new Entity(Request.EntityLogicalName, request) { [Request.AnsweredOn] = at });

        private Entity[] Successors(Guid predecessor) => Org.InspectAll(Request.EntityLogicalName)
            .Where(r => r.GetAttributeValue<EntityReference>(Request.Predecessor)?.Id == predecessor).ToArray();

        [TestMethod]
        public void S2_AnsweringAnS3RequestOpensItsS2ForTheSameCompanyAndOfficeDueFifteenDaysAfterTheContact_OneCreateOneUpdate()
        {
            var company = Company();
            var s3 = Contact(Choices.DeadlineRule.S3, company);
            StartCounting();

            Answer(s3, ContactAt);

            var s2 = Successors(s3).Single();
            Assert.AreEqual((int)Choices.DeadlineRule.S2, Choice(s2, Request.Rule));
            Assert.AreEqual(company, s2.GetAttributeValue<EntityReference>(Request.AccountId).Id);
            Assert.AreEqual((int)Choices.Region.Valparaiso, Choice(s2, Request.Office));
            Assert.AreEqual(ContactAt, s2.GetAttributeValue<DateTime>(Request.Start));
            // 15 calendar days counted from Wednesday 12-03: Wednesday 26-03-2025 23:59:59 in Valparaíso (UTC-3).
            Assert.AreEqual(new DateTime(2025, 3, 27, 2, 59, 59, DateTimeKind.Utc), s2.GetAttributeValue<DateTime>(Request.Due));
            Assert.AreEqual("15 días corridos (S2)", s2.GetAttributeValue<string>(Request.Term));
            Assert.AreEqual(Stored(Request.EntityLogicalName, s3).GetAttributeValue<EntityReference>(Request.Owner).Id, s2.GetAttributeValue<EntityReference>(Request.Owner).Id);
            Assert.AreEqual(s2.Id, Stored(Request.EntityLogicalName, s3).GetAttributeValue<EntityReference>(Request.Successor).Id);
            CollectionAssert.AreEqual(new[] { "Create pch_request", "Update pch_request" }, CallsListBy<RequestChainPlugin>());
        }

        [TestMethod]
        public void S2_AnS1RequestCreatedWithItsContactAlreadyRecordedOpensItsS2()
        {
            var s1 = Contact(Choices.DeadlineRule.S1, Company(), answeredOn: ContactAt);

            var s2 = Successors(s1).Single();
            Assert.AreEqual((int)Choices.DeadlineRule.S2, Choice(s2, Request.Rule));
            Assert.AreEqual(ContactAt, s2.GetAttributeValue<DateTime>(Request.Start));
        }

        [TestMethod]
        public void S2_AnsweringAnS5RequestOpensItsS2()
        {
            var s5 = Contact(Choices.DeadlineRule.S5, Company());

            Answer(s5, ContactAt);

            Assert.AreEqual((int)Choices.DeadlineRule.S2, Choice(Successors(s5).Single(), Request.Rule));
        }

        [TestMethod]
        public void S2_ASecondSaveAndACorrectedContactDateOpenNothingMore()
        {
            var s3 = Contact(Choices.DeadlineRule.S3, Company());
            Answer(s3, ContactAt);
            StartCounting();

            Answer(s3, ContactAt);
            Answer(s3, ContactAt.AddHours(2));

            Assert.AreEqual(1, Successors(s3).Length);
            Assert.AreEqual(0, CallsBy<RequestChainPlugin>());
        }

        [TestMethod]
        public void S11_AnsweringAnUrgentDemandOpensTheFollowUpForTheSameCommercialOfficeDueTwoDaysLater()
        {
            var s9 = Demand(Choices.DeadlineRule.S9);

            Answer(s9, ContactAt);

            var s11 = Successors(s9).Single();
            Assert.AreEqual((int)Choices.DeadlineRule.S11, Choice(s11, Request.Rule));
            Assert.AreEqual("Asia/Shanghai", s11.GetAttributeValue<string>(Request.CommercialOffice));
            Assert.AreEqual((int)Choices.Urgency.Urgent, Choice(s11, Request.Urgency));
            Assert.AreEqual(ContactAt, s11.GetAttributeValue<DateTime>(Request.Start));
            // 2 calendar days counted from Wednesday 12-03 in Shanghai (UTC+8): Thursday 13-03-2025 23:59:59 local.
            Assert.AreEqual(new DateTime(2025, 3, 13, 15, 59, 59, DateTimeKind.Utc), s11.GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void S12_AnsweringAMediumDemandOpensTheFollowUpDueFiveDaysLater()
        {
            var s10 = Demand(Choices.DeadlineRule.S10);

            Answer(s10, ContactAt);

            var s12 = Successors(s10).Single();
            Assert.AreEqual((int)Choices.DeadlineRule.S12, Choice(s12, Request.Rule));
            Assert.AreEqual(new DateTime(2025, 3, 16, 15, 59, 59, DateTimeKind.Utc), s12.GetAttributeValue<DateTime>(Request.Due));
        }

        [TestMethod]
        public void S6_AnsweringARuleThatEndsThereOpensNothing_NoCalls()
        {
            var s6 = Contact(Choices.DeadlineRule.S6, Company());
            StartCounting();

            Answer(s6, ContactAt);

            Assert.AreEqual(0, Successors(s6).Length);
            Assert.AreEqual(0, CallsBy<RequestChainPlugin>());
        }

        [TestMethod]
        public void S2_ClearingTheContactCancelsAnS2NobodyAnswered_OneRetrieveTwoUpdates_AndANewContactOpensANewOne()
        {
            var s3 = Contact(Choices.DeadlineRule.S3, Company());
            Answer(s3, ContactAt);
            var first = Successors(s3).Single();
            StartCounting();

            Answer(s3, null);

            Assert.AreEqual(Request.InactiveState, Choice(Stored(Request.EntityLogicalName, first.Id), Request.StateCode));
            Assert.IsNull(Stored(Request.EntityLogicalName, s3).GetAttributeValue<EntityReference>(Request.Successor));
            CollectionAssert.AreEqual(new[] { "Retrieve pch_request", "Update pch_request", "Update pch_request" }, CallsListBy<RequestChainPlugin>());

            Answer(s3, ContactAt.AddDays(1));

            var active = Successors(s3).Where(r => Choice(r, Request.StateCode) == 0).ToArray();
            Assert.AreEqual(1, active.Length);
            Assert.AreNotEqual(first.Id, active[0].Id);
            Assert.AreEqual(ContactAt.AddDays(1), active[0].GetAttributeValue<DateTime>(Request.Start));
        }

        [TestMethod]
        public void S2_ClearingTheContactOfAnS3WhoseS2WasAnsweredIsRefusedSayingWhy()
        {
            var s3 = Contact(Choices.DeadlineRule.S3, Company());
            Answer(s3, ContactAt);
            var s2 = Successors(s3).Single();
            Answer(s2.Id, ContactAt.AddDays(3));

            var fault = Refused(() => Answer(s3, null));

            StringAssert.StartsWith(fault.Detail.Message, "No se puede borrar «Respondida el» de esta solicitud S3: el contacto abrió la solicitud S2 «S2: Realizar la entrevista o visita");
            StringAssert.EndsWith(fault.Detail.Message, "que ya tiene su propia respuesta registrada. Borre primero la respuesta de la S2, o corrija la fecha en vez de borrarla.");
            Assert.AreEqual(ContactAt, Stored(Request.EntityLogicalName, s3).GetAttributeValue<DateTime>(Request.AnsweredOn));
            Assert.AreEqual(0, Choice(Stored(Request.EntityLogicalName, s2.Id), Request.StateCode));
        }
    }
}
