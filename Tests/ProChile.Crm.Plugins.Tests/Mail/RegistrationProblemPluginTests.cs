using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Mail;

namespace ProChile.Crm.Plugins.Tests.Mail
{
    [TestClass]
    public sealed class RegistrationProblemPluginTests : PipelineTest
    {
        private Entity[] Reports(Guid company) => Org.InspectAll(EmailActivity.EntityLogicalName)
            .Where(e => e.GetAttributeValue<EntityReference>(EmailActivity.Regarding)?.Id == company).ToArray();

        private Guid CompanyWithoutRegion()
        {
            var account = PortfolioAccount("Importadora Sin Región Ltda.");
            account.Attributes.Remove(Account.Region);
            return Service.Create(account);
        }

        [TestMethod]
        public void R1_ACompanyWithoutRegionIsReportedToTheRegistrationMailboxByADraftOnce_ThreeCalls()
        {
            var company = CompanyWithoutRegion();
            StartCounting();

            Org.RunPendingAsync();
            Service.Update(new Entity(Account.EntityLogicalName, company) { [Account.Region] = null });
            Org.RunPendingAsync();

            var report = Reports(company).Single();
            var to = report.GetAttributeValue<EntityCollection>(EmailActivity.To).Entities.Single();
            Assert.AreEqual("gestiondeclientes@prochile.gob.cl", to.GetAttributeValue<string>(ActivityParty.AddressUsed));
            Assert.AreEqual($"R1: empresa sin región en CRM, Importadora Sin Región Ltda. (ref. {company.ToString("N").Substring(0, 8)})", report.GetAttributeValue<string>(EmailActivity.Subject));
            Assert.IsFalse(report.Contains(EmailActivity.ScheduledStart), "a draft for a person to review and send");
            Assert.IsFalse(report.Contains(EmailActivity.From), "it goes from its owner, as Dataverse defaults it");
            CollectionAssert.AreEqual(
                new[] { "RetrieveMultiple pch_setting", "RetrieveMultiple email", "Create email", "RetrieveMultiple pch_setting", "RetrieveMultiple email" },
                CallsListBy<RegistrationProblemPlugin>());
        }

        [TestMethod]
        public void R1_ACompanyWithARegionIsNotReported_NoCalls()
        {
            Service.Create(PortfolioAccount());
            StartCounting();

            Org.RunPendingAsync();

            Assert.AreEqual(0, Org.InspectAll(EmailActivity.EntityLogicalName).Count);
            Assert.AreEqual(0, CallsBy<RegistrationProblemPlugin>());
        }
    }
}
