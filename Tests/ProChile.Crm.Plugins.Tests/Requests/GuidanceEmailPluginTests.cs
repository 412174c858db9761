using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Requests;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    [TestClass]
    public sealed class GuidanceEmailPluginTests : PipelineTest
    {
        private Guid LowPotentialCompany(Choices.Region? region, string? email = "contacto@vinalosandes.cl")
        {
            var account = PortfolioAccount();
            account.Attributes.Remove(Account.Region);
            if (region is Choices.Region value)
            {
                account[Account.Region] = new OptionSetValue((int)value);
            }
            account[Account.ExportPotential] = new OptionSetValue((int)Choices.ExportPotential.Baja);
            account[Account.Email] = email;
            return Org.Seed(account)[0];
        }

        private Guid TestResult(Guid company, Choices.Region office) => Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Resultado del Test de Autodiagnóstico",
            [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.SelfDiagnosisTest),
            [Request.Office] = new OptionSetValue((int)office),
        });

        private Entity[] EmailsAbout(Guid company) => Org.InspectAll(EmailActivity.EntityLogicalName)
            .Where(e => e.GetAttributeValue<EntityReference>(EmailActivity.Regarding)?.Id == company).ToArray();

        private static Entity OnlyParty(Entity email, string column) =>
            email.GetAttributeValue<EntityCollection>(column).Entities.Single();

        [TestMethod]
        public void S4_ABajaSelfDiagnosisInValparaisoRecordsTheGuidanceEmailFromTheRegionsMailboxAndIsMet_FourCalls()
        {
            var company = LowPotentialCompany(Choices.Region.Valparaiso);
            StartCounting();

            var request = TestResult(company, Choices.Region.Valparaiso);

            var email = EmailsAbout(company).Single();
            Assert.AreEqual("valparaiso@prochile.gob.cl", OnlyParty(email, EmailActivity.From).GetAttributeValue<string>(ActivityParty.AddressUsed));
            var to = OnlyParty(email, EmailActivity.To);
            Assert.AreEqual(company, to.GetAttributeValue<EntityReference>(ActivityParty.PartyId).Id);
            Assert.AreEqual("contacto@vinalosandes.cl", to.GetAttributeValue<string>(ActivityParty.AddressUsed));
            Assert.AreEqual("ProChile: primeros pasos antes de exportar, Viña Los Andes SpA", email.GetAttributeValue<string>(EmailActivity.Subject));
            StringAssert.StartsWith(email.GetAttributeValue<string>(EmailActivity.Description), "<p>Estimada empresa Viña Los Andes SpA:</p><p>Gracias por completar el Test de Autodiagnóstico");
            StringAssert.Contains(email.GetAttributeValue<string>(EmailActivity.Description), "escríbanos a valparaiso@prochile.gob.cl.");
            Assert.AreEqual(Now, email.GetAttributeValue<DateTime>(EmailActivity.ScheduledStart));
            Assert.AreEqual(Stored(Account.EntityLogicalName, company).GetAttributeValue<EntityReference>(Account.Owner).Id, email.GetAttributeValue<EntityReference>(EmailActivity.Owner).Id);
            var stored = Stored(Request.EntityLogicalName, request);
            Assert.AreEqual((int)Choices.DeadlineRule.S4, Choice(stored, Request.Rule));
            Assert.AreEqual(Now, stored.GetAttributeValue<DateTime>(Request.AnsweredOn));
            Assert.AreEqual((int)Choices.DeadlineStatus.Met, Choice(stored, Request.DeadlineStatus));
            CollectionAssert.AreEqual(new[] { "Retrieve account", "RetrieveMultiple pch_setting", "Create email", "Update pch_request" }, CallsListBy<GuidanceEmailPlugin>());
        }

        [TestMethod]
        public void S4_TheAdminsTemplateAndMailboxSettingsAreUsed()
        {
            Org.Seed(
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.GuidanceEmailSubject, [Setting.Value] = "Orientación para {empresa}" },
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.GuidanceEmailBody, [Setting.Value] = "Hola {empresa}, escriba a {casilla}." },
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.RegionMailboxPrefix + "valparaiso", [Setting.Value] = "vina@prochile.gob.cl" });
            var company = LowPotentialCompany(Choices.Region.Valparaiso);

            TestResult(company, Choices.Region.Valparaiso);

            var email = EmailsAbout(company).Single();
            Assert.AreEqual("Orientación para Viña Los Andes SpA", email.GetAttributeValue<string>(EmailActivity.Subject));
            Assert.AreEqual("Hola Viña Los Andes SpA, escriba a vina@prochile.gob.cl.", email.GetAttributeValue<string>(EmailActivity.Description));
            Assert.AreEqual("vina@prochile.gob.cl", OnlyParty(email, EmailActivity.From).GetAttributeValue<string>(ActivityParty.AddressUsed));
        }

        [TestMethod]
        public void S4_ACompanyWithoutContactEmailGetsNoEmailAndItsRequestSaysSoAndStaysOpen_OneUpdate()
        {
            var company = LowPotentialCompany(Choices.Region.Metropolitana, email: null);
            StartCounting();

            var request = TestResult(company, Choices.Region.Metropolitana);

            Assert.AreEqual(0, EmailsAbout(company).Length);
            var stored = Stored(Request.EntityLogicalName, request);
            Assert.IsNull(stored.GetAttributeValue<DateTime?>(Request.AnsweredOn));
            Assert.AreEqual(0, Choice(stored, Request.StateCode));
            StringAssert.StartsWith(stored.GetAttributeValue<string>(Request.ProcessNote), "S4: la empresa no tiene correo de contacto (Correo electrónico); no se generó el correo automático de orientación.");
            CollectionAssert.AreEqual(new[] { "Retrieve account", "RetrieveMultiple pch_setting", "Update pch_request" }, CallsListBy<GuidanceEmailPlugin>());
        }

        [TestMethod]
        public void S4_TheExceptionRegionsFollowS3AndGetNoEmail_NoCalls()
        {
            var company = LowPotentialCompany(Choices.Region.Aysen);
            StartCounting();

            var request = TestResult(company, Choices.Region.Aysen);

            Assert.AreEqual((int)Choices.DeadlineRule.S3, Choice(Stored(Request.EntityLogicalName, request), Request.Rule));
            Assert.AreEqual(0, EmailsAbout(company).Length);
            Assert.AreEqual(0, CallsBy<GuidanceEmailPlugin>());
        }

        [TestMethod]
        public void R1_AnS4CompanyWithoutRegionIsReportedToTheRegistrationMailboxOnceAndItsRequestSaysSo()
        {
            var company = LowPotentialCompany(region: null);
            Entity S4Request() => new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Resultado del test",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S4),
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
            };

            var first = Service.Create(S4Request());
            Service.Create(S4Request());

            var report = EmailsAbout(company).Single();
            Assert.AreEqual("gestiondeclientes@prochile.gob.cl", OnlyParty(report, EmailActivity.To).GetAttributeValue<string>(ActivityParty.AddressUsed));
            StringAssert.StartsWith(report.GetAttributeValue<string>(EmailActivity.Subject), "R1: empresa sin región en CRM, Viña Los Andes SpA (ref. ");
            Assert.IsFalse(report.Contains(EmailActivity.ScheduledStart));
            StringAssert.StartsWith(Stored(Request.EntityLogicalName, first).GetAttributeValue<string>(Request.ProcessNote), "S4: la empresa no tiene región en CRM");
        }
    }
}
