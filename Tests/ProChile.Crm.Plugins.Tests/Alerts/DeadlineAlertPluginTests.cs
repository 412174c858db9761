using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Alerts;
using ProChile.Crm.Plugins.CustomApis;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Plugins.Tests.Alerts
{
    /// <summary>
    /// D6 warning and breach actions: a S7 help-centre question of Viña Los Andes SpA opened Monday 10-03-2025 12:00 in
    /// Santiago is due Friday 14-03-2025 23:59:59 and at risk from that Friday's start; the daily sweep (pch_BarrerPlazos)
    /// moves it, and the alert step tells its owner.
    /// </summary>
    [TestClass]
    public sealed class DeadlineAlertPluginTests : PipelineTest
    {
        private static readonly DateTime FridayNoon = new DateTime(2025, 3, 14, 15, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime SaturdayNoon = new DateTime(2025, 3, 15, 15, 0, 0, DateTimeKind.Utc);

        private Guid owner;
        private Guid requestId;

        [TestInitialize]
        public void OpenARequest()
        {
            owner = Org.AddUser("Ejecutiva Regional");
            var company = Org.Seed(PortfolioAccount())[0];
            requestId = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Consulta CDA",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [Request.Owner] = new EntityReference("systemuser", owner),
            });
            Org.RunPendingAsync();
        }

        private void SweepAt(DateTime nowUtc)
        {
            ProChileOrganization.ClockOf(Org).Set(nowUtc);
            Service.Execute(new OrganizationRequest(CustomApiNames.BarrerPlazos));
            Org.RunPendingAsync();
        }

        private Entity[] Tasks() => Org.InspectAll(TaskActivity.EntityLogicalName).ToArray();

        private Entity[] Emails() => Org.InspectAll(EmailActivity.EntityLogicalName).ToArray();

        private string Ref => "ref. " + requestId.ToString("N").Substring(0, 8);

        [TestMethod]
        public void D6_TurningAtRiskGivesTheOwnerOneTaskNamingRuleCompanyAndDueLocalTime_DueAtTheDeadline()
        {
            SweepAt(FridayNoon);

            var task = Tasks().Single();
            Assert.AreEqual($"D6: solicitud en riesgo, S7, Viña Los Andes SpA, vence 14-03-2025 23:59 (America/Santiago) · {Ref} riesgo", task[TaskActivity.Subject]);
            Assert.AreEqual(owner, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id);
            Assert.AreEqual(new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc), task[TaskActivity.ScheduledEnd]);
            Assert.AreEqual(0, Emails().Length);
        }

        [TestMethod]
        public void D6_ASecondSweepCreatesNothingMore()
        {
            SweepAt(FridayNoon);
            SweepAt(FridayNoon.AddHours(1));

            Assert.AreEqual(1, Tasks().Length);
        }

        [TestMethod]
        public void D6_TurningOverdueGivesATaskAndADraftEmailToTheRegionsMailbox_R1()
        {
            SweepAt(FridayNoon);
            SweepAt(SaturdayNoon);

            var overdue = Tasks().Single(t => ((string)t[TaskActivity.Subject]).EndsWith(" vencida", StringComparison.Ordinal));
            Assert.AreEqual($"D6: solicitud vencida, S7, Viña Los Andes SpA, venció 14-03-2025 23:59 (America/Santiago) · {Ref} vencida", overdue[TaskActivity.Subject]);
            Assert.AreEqual(2, Tasks().Length);
            var email = Emails().Single();
            Assert.AreEqual(overdue[TaskActivity.Subject], email[EmailActivity.Subject]);
            var to = email.GetAttributeValue<EntityCollection>(EmailActivity.To).Entities.Single();
            Assert.AreEqual("metropolitana@prochile.gob.cl", to[ActivityParty.AddressUsed]);
            Assert.AreEqual(owner, email.GetAttributeValue<EntityReference>(EmailActivity.Owner).Id);
        }

        [TestMethod]
        public void D6_TheRegionsMailboxSettingRoutesTheEmail()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.RegionMailboxPrefix + "metropolitana", [Setting.Value] = "alertas.rm@prochile.gob.cl" });

            SweepAt(SaturdayNoon);

            Assert.AreEqual("alertas.rm@prochile.gob.cl", Emails().Single().GetAttributeValue<EntityCollection>(EmailActivity.To).Entities.Single()[ActivityParty.AddressUsed]);
        }

        [TestMethod]
        public void D6_EachActionCanBeTurnedOffBySetting()
        {
            Org.Seed(
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.AlertTaskAtRisk, [Setting.Value] = "no" },
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.AlertEmailOverdue, [Setting.Value] = "no" });

            SweepAt(FridayNoon);
            Assert.AreEqual(0, Tasks().Length);

            SweepAt(SaturdayNoon);
            Assert.AreEqual(1, Tasks().Length);
            Assert.AreEqual(0, Emails().Length);
        }

        [TestMethod]
        public void D6_ARequestTheRequestStepFindsAlreadyAtRiskAlertsOnCreate()
        {
            ProChileOrganization.ClockOf(Org).Set(FridayNoon);
            var late = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Consulta atrasada",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
                [Request.Start] = Now,
            });
            Org.RunPendingAsync();

            var task = Tasks().Single();
            StringAssert.StartsWith((string)task[TaskActivity.Subject], "D6: solicitud en riesgo, S7, sin empresa, vence 14-03-2025 23:59");
            StringAssert.EndsWith((string)task[TaskActivity.Subject], "ref. " + late.ToString("N").Substring(0, 8) + " riesgo");
        }

        [TestMethod]
        public void D6_ARetriedJobCreatesNothingMore()
        {
            SweepAt(FridayNoon);
            var retry = new HandMadeExecution(MessageName.Update, Request.EntityLogicalName, (int)PipelineStage.PostOperation, (int)StepMode.Asynchronous, Org.ServiceFor(Org.SystemUserId))
            {
                OperationCreatedOn = FridayNoon,
                PrimaryEntityId = requestId,
            };
            retry.InputParameters["Target"] = new Entity(Request.EntityLogicalName, requestId) { [Request.DeadlineStatus] = new OptionSetValue((int)Choices.DeadlineStatus.AtRisk) };
            retry.PreEntityImages[PluginStepAttribute.PreImageName] = new Entity(Request.EntityLogicalName, requestId) { [Request.DeadlineStatus] = new OptionSetValue((int)Choices.DeadlineStatus.OnTime) };
            var post = Stored(Request.EntityLogicalName, requestId);
            retry.PostEntityImages[PluginStepAttribute.PostImageName] = post;

            new DeadlineAlertPlugin().Execute(retry);

            Assert.AreEqual(1, Tasks().Length);
            Assert.IsTrue(retry.Traces.Any(t => t.Contains("ya existía")), string.Join("\n", retry.Traces));
        }

        [TestMethod]
        public void D6_TaskSubjectsFitTheColumnEvenForAVeryLongCompanyName()
        {
            var company = Org.Seed(PortfolioAccount(new string('x', 160)))[0];
            Service.Update(new Entity(Request.EntityLogicalName, requestId) { [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company) });
            Org.RunPendingAsync();

            SweepAt(FridayNoon);

            var subject = (string)Tasks().Single()[TaskActivity.Subject];
            Assert.AreEqual(200, subject.Length);
            StringAssert.EndsWith(subject, $"… · {Ref} riesgo");
        }
    }
}
