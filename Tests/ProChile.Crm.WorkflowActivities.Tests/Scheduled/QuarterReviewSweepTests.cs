using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Scheduled;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Scheduled
{
    [TestClass]
    public sealed class QuarterReviewSweepTests
    {
        // Monday 31-03-2025, 20:00 in Santiago (UTC-3): the first quarter's last day.
        private static readonly DateTime QuarterEnd = Utc(2025, 3, 31, 23);

        private readonly ActivityHost host = new ActivityHost(Utc(2025, 2, 3, 15));

        private Guid Company(string name, DateTime? surveyOn = null, bool projected = false)
        {
            var row = new Entity(Account.EntityLogicalName) { [Account.Name] = name };
            if (surveyOn is DateTime on)
            {
                row[Account.SurveyAnsweredOn] = on;
                row[Account.SurveyProjectedBusiness] = projected;
            }
            return host.Seed(row);
        }

        private void Attended(Guid company, Guid executive, DateTime answeredOn, Choices.Channel channel = Choices.Channel.Email) => host.Seed(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Asesoría a importador",
            [Request.Rule] = Rule(Choices.DeadlineRule.S13),
            [Request.CommercialOffice] = "Asia/Shanghai",
            [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
            [Request.Channel] = new OptionSetValue((int)channel),
            [Request.Start] = answeredOn.AddDays(-1),
            [Request.AnsweredOn] = answeredOn,
            [Request.Owner] = new EntityReference("systemuser", executive),
        });

        private IDictionary<string, object> SweepAt(DateTime instant)
        {
            ((LocalOrganization.Time.ManualClock)host.Organization.Clock).Set(instant);
            host.Context.OperationCreatedOn = instant;
            return host.Run(new SweepLapsedStatesActivity(), new Dictionary<string, object?>());
        }

        private Entity[] ReviewTasks() => host.Organization.InspectAll(TaskActivity.EntityLogicalName)
            .Where(t => t.GetAttributeValue<string>(TaskActivity.Subject) == "F3: revisión trimestral T1 2025").ToArray();

        private (Guid Ana, Guid Luis) TwoExecutivesWithTheirImporters()
        {
            var ana = host.Organization.AddUser("Ana Comercial");
            var luis = host.Organization.AddUser("Luis Comercial");
            var vinos = Company("Importadora de Vinos Shanghai", surveyOn: new DateTime(2025, 3, 1), projected: true);
            var frutas = Company("Frutas del Pacífico Ltd.");
            var salmon = Company("Salmon Trading Co.");
            Attended(vinos, ana, Utc(2025, 2, 10, 15));
            Attended(frutas, ana, Utc(2025, 3, 5, 15), Choices.Channel.OneClickImport);
            Attended(salmon, ana, Utc(2025, 1, 20, 15));
            Attended(salmon, luis, Utc(2025, 3, 20, 15));
            Attended(salmon, luis, Utc(2025, 3, 21, 15));
            // Answered in the second quarter: not in this review.
            Attended(frutas, luis, Utc(2025, 4, 1, 15));
            return (ana, luis);
        }

        [TestMethod]
        public void F3_AtTheQuartersEndEachCommercialExecutiveGetsOneTaskListingTheirCompaniesWithTheReasons()
        {
            var (ana, luis) = TwoExecutivesWithTheirImporters();

            var outputs = SweepAt(QuarterEnd);

            var tasks = ReviewTasks();
            Assert.AreEqual(2, tasks.Length);
            Assert.AreEqual(2, (int)outputs[nameof(SweepLapsedStatesActivity.QuarterReviewTasks)]);
            var anas = tasks.Single(t => t.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id == ana);
            Assert.AreEqual(
                "Empresas atendidas en el T1 2025 que debe revisar (3); especial seguimiento primero:\n" +
                "- Importadora de Vinos Shanghai (1 atención): F3.ProjectedBusiness: Importador que respondió la encuesta de satisfacción proyectando negocios.\n" +
                "- Frutas del Pacífico Ltd. (1 atención): F3.OneClickImport: Recibió contactos de empresas chilenas vía One Click Import / Oportunidades Comerciales.\n" +
                "- Salmon Trading Co. (1 atención): F3: revisión del trimestre (sin especial seguimiento).",
                anas.GetAttributeValue<string>(TaskActivity.Description));
            // The quarter's last day, 23:59:59 in Santiago.
            Assert.AreEqual(Utc(2025, 4, 1, 2, 59, 59), anas.GetAttributeValue<DateTime>(TaskActivity.ScheduledEnd));
            StringAssert.StartsWith(tasks.Single(t => t.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id == luis).GetAttributeValue<string>(TaskActivity.Description),
                "Empresas atendidas en el T1 2025 que debe revisar (1); especial seguimiento primero:\n- Salmon Trading Co. (2 atenciones)");
        }

        [TestMethod]
        public void F3_EachCompanyOnAListShowsItsReviewerQuarterAndReasonForTheView()
        {
            var (_, luis) = TwoExecutivesWithTheirImporters();

            SweepAt(QuarterEnd);

            var companies = host.Organization.InspectAll(Account.EntityLogicalName).ToDictionary(a => a.GetAttributeValue<string>(Account.Name));
            var salmon = companies["Salmon Trading Co."];
            Assert.AreEqual(luis, salmon.GetAttributeValue<EntityReference>(Account.QuarterReviewer).Id, "Luis attended it twice, Ana once.");
            Assert.AreEqual(new DateTime(2025, 3, 31), salmon.GetAttributeValue<DateTime>(Account.QuarterReviewOn));
            StringAssert.StartsWith(companies["Importadora de Vinos Shanghai"].GetAttributeValue<string>(Account.QuarterReviewReason), "F3.ProjectedBusiness: ");
        }

        [TestMethod]
        public void F3_ASecondRunInTheCatchUpDaysCreatesNoOtherTaskAndWritesNoCompany()
        {
            TwoExecutivesWithTheirImporters();
            SweepAt(QuarterEnd);

            var outputs = SweepAt(Utc(2025, 4, 2, 15));

            Assert.AreEqual(2, ReviewTasks().Length);
            Assert.AreEqual(0, (int)outputs[nameof(SweepLapsedStatesActivity.QuarterReviewTasks)]);
            Assert.AreEqual(0, host.Calls.Count(c => c.MadeBy == null && (c.MessageName == "Create" || c.MessageName == "Update")));
            Assert.AreEqual(3, host.Calls.Count(c => c.MadeBy == null && c.MessageName == "RetrieveMultiple" && c.EntityName == Request.EntityLogicalName), "the status and holiday-set parts' queries, and the attentions'.");
            Assert.AreEqual(1, host.Calls.Count(c => c.MadeBy == null && c.MessageName == "RetrieveMultiple" && c.EntityName == TaskActivity.EntityLogicalName));
        }

        [TestMethod]
        public void F3_AMissedQuarterEndIsCaughtUpInTheFirstWeekOfTheNextQuarter()
        {
            TwoExecutivesWithTheirImporters();

            SweepAt(Utc(2025, 4, 7, 15));

            Assert.AreEqual(2, ReviewTasks().Length);
        }

        [TestMethod]
        public void F3_MidQuarterTheSweepReadsNothingForTheReview()
        {
            TwoExecutivesWithTheirImporters();

            SweepAt(Utc(2025, 4, 8, 15));

            Assert.AreEqual(0, ReviewTasks().Length);
            Assert.AreEqual(2, host.Calls.Count(c => c.MadeBy == null && c.MessageName == "RetrieveMultiple" && c.EntityName == Request.EntityLogicalName), "only the status and holiday-set parts' queries.");
            Assert.AreEqual(0, host.Calls.Count(c => c.EntityName == TaskActivity.EntityLogicalName));
        }
    }
}
