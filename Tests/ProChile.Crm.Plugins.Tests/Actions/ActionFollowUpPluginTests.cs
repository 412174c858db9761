using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Actions;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Plugins.Tests.Actions
{
    [TestClass]
    public sealed class ActionFollowUpPluginTests : PipelineTest
    {
        private Entity[] Regarding(string table, Guid accountId) => Org.InspectAll(table)
            .Where(row => row.GetAttributeValue<EntityReference>(TaskActivity.Regarding)?.Id == accountId)
            .OrderBy(row => row.GetAttributeValue<string>(TaskActivity.Subject), StringComparer.Ordinal)
            .ToArray();

        [TestMethod]
        public void F1_ACategory1CompanyGetsATaskForItsExecutiveDueAtTheEndOfTheDayAMonthLater()
        {
            var account = PortfolioAccount();
            account[Account.ExportaMas] = true;
            var id = Service.Create(account);
            var action = Service.Create(Action(id, new DateTime(2025, 3, 7)));

            var jobs = Org.RunPendingAsync();

            Assert.IsTrue(jobs.All(j => j.Succeeded), string.Join("; ", jobs.Select(j => j.FailureMessage)));
            var task = Regarding(TaskActivity.EntityLogicalName, id).Single();
            Assert.AreEqual($"F1: seguimiento directo de la acción «Asesoría exportadora» del 07-03-2025, ref. {action.ToString("N").Substring(0, 8)}", task.GetAttributeValue<string>(TaskActivity.Subject));
            // 07-04-2025 23:59:59 in Santiago, winter time (UTC-4) since 06-04-2025.
            Assert.AreEqual(new DateTime(2025, 4, 8, 3, 59, 59, DateTimeKind.Utc), task.GetAttributeValue<DateTime>(TaskActivity.ScheduledEnd));
            Assert.AreEqual(Org.CallerId, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id);
            Assert.AreEqual(0, Regarding(EmailActivity.EntityLogicalName, id).Length);
        }

        // Defect 4 of issue 10: an action name over 131 characters made the F1 subject exceed task.subject's 200
        // characters, so the asynchronous job failed and no task existed.
        [TestMethod]
        public void F1_AnActionNamedWith200CharactersGetsItsTask_TheNameIsCutAndTheReferenceKept()
        {
            var account = PortfolioAccount();
            account[Account.ExportaMas] = true;
            var id = Service.Create(account);
            var action = Service.Create(Action(id, new DateTime(2025, 3, 7), name: new string('n', ActionRecord.NameMaxLength)));

            var jobs = Org.RunPendingAsync();

            Assert.IsTrue(jobs.All(j => j.Succeeded), string.Join("; ", jobs.Select(j => j.FailureMessage)));
            var subject = Regarding(TaskActivity.EntityLogicalName, id).Single().GetAttributeValue<string>(TaskActivity.Subject);
            Assert.AreEqual(TaskActivity.SubjectMaxLength, subject.Length);
            StringAssert.StartsWith(subject, "F1: seguimiento directo de la acción «nnn");
            StringAssert.EndsWith(subject, $"n…» del 07-03-2025, ref. {action.ToString("N").Substring(0, 8)}");
        }

        [TestMethod]
        public void F1_ASubjectOfExactly200CharactersIsKeptWhole_OneMoreIsCutWithAnEllipsis()
        {
            const string Fixed = "F1: seguimiento directo de la acción «» del 07-03-2025, ref. 12345678";
            Entity Category1()
            {
                var account = PortfolioAccount();
                account[Account.ExportaMas] = true;
                return account;
            }

            var exact = Service.Create(Category1());
            var beyond = Service.Create(Category1());
            Service.Create(Action(exact, new DateTime(2025, 3, 7), name: new string('e', TaskActivity.SubjectMaxLength - Fixed.Length)));
            Service.Create(Action(beyond, new DateTime(2025, 3, 7), name: new string('b', TaskActivity.SubjectMaxLength - Fixed.Length + 1)));

            Org.RunPendingAsync();

            var whole = Regarding(TaskActivity.EntityLogicalName, exact).Single().GetAttributeValue<string>(TaskActivity.Subject);
            var cut = Regarding(TaskActivity.EntityLogicalName, beyond).Single().GetAttributeValue<string>(TaskActivity.Subject);
            Assert.AreEqual(200, whole.Length);
            StringAssert.Contains(whole, new string('e', TaskActivity.SubjectMaxLength - Fixed.Length) + "»");
            Assert.AreEqual(200, cut.Length);
            StringAssert.Contains(cut, new string('b', TaskActivity.SubjectMaxLength - Fixed.Length - 1) + "…»");
        }

        [TestMethod]
        public void F1_ARetriedJobOfALongNamedActionFindsItsCutSubjectAndCreatesNoSecondTask()
        {
            var account = PortfolioAccount();
            account[Account.ExportaMas] = true;
            var id = Service.Create(account);
            var actionId = Service.Create(Action(id, new DateTime(2025, 3, 7), name: new string('n', ActionRecord.NameMaxLength)));
            Org.RunPendingAsync();
            var retry = new HandMadeExecution(MessageName.Create, ActionRecord.EntityLogicalName, (int)PipelineStage.PostOperation, (int)StepMode.Asynchronous, Service)
            {
                OperationCreatedOn = Now,
                PrimaryEntityId = actionId,
            };
            retry.InputParameters["Target"] = new Entity(ActionRecord.EntityLogicalName, actionId);
            retry.PostEntityImages[PluginStepAttribute.PostImageName] = Stored(ActionRecord.EntityLogicalName, actionId);

            new ActionFollowUpPlugin().Execute(retry);

            Assert.AreEqual(1, Regarding(TaskActivity.EntityLogicalName, id).Length);
        }

        [TestMethod]
        public void F2_ACategory3CompanyGetsTheMonthlyAndTheClosedBusinessEmails_FiveCalls()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2025, 3, 7)));
            StartCounting();

            Org.RunPendingAsync();

            var emails = Regarding(EmailActivity.EntityLogicalName, id);
            Assert.AreEqual(2, emails.Length);
            StringAssert.StartsWith(emails[0].GetAttributeValue<string>(EmailActivity.Subject), "F2: correo de seguimiento del mes, acción «Asesoría exportadora» del 07-03-2025");
            Assert.AreEqual(new DateTime(2025, 4, 7, 4, 0, 0, DateTimeKind.Utc), emails[0].GetAttributeValue<DateTime>(EmailActivity.ScheduledStart));
            StringAssert.StartsWith(emails[1].GetAttributeValue<string>(EmailActivity.Subject), "F2: correo sobre concreción de negocios, acción «Asesoría exportadora» del 07-03-2025");
            // 07-09-2025 is the day summer time starts: midnight is skipped, the day starts at 01:00 (UTC-3).
            Assert.AreEqual(new DateTime(2025, 9, 7, 4, 0, 0, DateTimeKind.Utc), emails[1].GetAttributeValue<DateTime>(EmailActivity.ScheduledStart));
            CollectionAssert.AreEqual(
                new[] { "Retrieve account", "RetrieveMultiple pch_setting", "RetrieveMultiple email", "Create email", "Create email" },
                CallsListBy<ActionFollowUpPlugin>());
        }

        [TestMethod]
        public void R1_TheF2EmailsGoFromTheRegionsMailboxToTheCompanysContactEmail()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2025, 3, 7)));

            Org.RunPendingAsync();

            foreach (var email in Regarding(EmailActivity.EntityLogicalName, id))
            {
                Assert.AreEqual("metropolitana@prochile.gob.cl", email.GetAttributeValue<EntityCollection>(EmailActivity.From).Entities.Single().GetAttributeValue<string>(ActivityParty.AddressUsed));
                var to = email.GetAttributeValue<EntityCollection>(EmailActivity.To).Entities.Single();
                Assert.AreEqual(id, to.GetAttributeValue<EntityReference>(ActivityParty.PartyId).Id);
                Assert.AreEqual("contacto@vinalosandes.cl", to.GetAttributeValue<string>(ActivityParty.AddressUsed));
            }
        }

        [TestMethod]
        public void F2_ACompanyThatOptedOutGetsOnlyTheClosedBusinessEmail()
        {
            var account = PortfolioAccount();
            account[Account.FollowUpOptOut] = true;
            var id = Service.Create(account);
            Service.Create(Action(id, new DateTime(2025, 3, 7)));

            Org.RunPendingAsync();

            StringAssert.StartsWith(Regarding(EmailActivity.EntityLogicalName, id).Single().GetAttributeValue<string>(EmailActivity.Subject), "F2: correo sobre concreción de negocios");
        }

        [TestMethod]
        public void F1_ACompanyOutsideThePortfolioGetsNoFollowUp()
        {
            var account = PortfolioAccount();
            account[Account.StrategicSector] = null;
            var id = Service.Create(account);
            Service.Create(Action(id, new DateTime(2025, 3, 7)));

            Org.RunPendingAsync();

            Assert.AreEqual(0, Regarding(EmailActivity.EntityLogicalName, id).Length + Regarding(TaskActivity.EntityLogicalName, id).Length);
        }

        [TestMethod]
        public void Async_TheSameJobRunTwiceCreatesNothingMore()
        {
            var id = Service.Create(PortfolioAccount());
            var actionId = Service.Create(Action(id, new DateTime(2025, 3, 7)));
            Org.RunPendingAsync();
            var retry = new HandMadeExecution(MessageName.Create, ActionRecord.EntityLogicalName, (int)PipelineStage.PostOperation, (int)StepMode.Asynchronous, Service)
            {
                OperationCreatedOn = Now,
                PrimaryEntityId = actionId,
            };
            retry.InputParameters["Target"] = new Entity(ActionRecord.EntityLogicalName, actionId);
            retry.PostEntityImages[PluginStepAttribute.PostImageName] = Stored(ActionRecord.EntityLogicalName, actionId);
            StartCounting();

            new ActionFollowUpPlugin().Execute(retry);

            Assert.AreEqual(2, Regarding(EmailActivity.EntityLogicalName, id).Length);
            CollectionAssert.AreEqual(new[] { "Retrieve", "RetrieveMultiple", "RetrieveMultiple" }, Org.Activity.Calls.Select(c => c.MessageName).ToArray());
        }

        [TestMethod]
        // An asynchronous step runs outside a transaction (as in Dataverse): each call it made before the fault stays.
        // What keeps the data whole is idempotence: the retry creates only what is missing.
        public void Fault_AJobFailingAtItsSecondEmailIsCompletedByItsRetryWithoutDuplicates()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2025, 3, 7)));
            int emailCreates = 0;
            Org.Faults.FailWhen(call => call.MessageName == "Create" && call.EntityName == EmailActivity.EntityLogicalName && ++emailCreates == 2, "cola de correo llena");

            var failed = Org.RunPendingAsync().Single(j => j.PluginType == typeof(ActionFollowUpPlugin));

            Assert.IsFalse(failed.Succeeded);
            Assert.AreEqual(1, Regarding(EmailActivity.EntityLogicalName, id).Length);
            Org.Faults.Clear();
            var retry = new HandMadeExecution(MessageName.Create, ActionRecord.EntityLogicalName, (int)PipelineStage.PostOperation, (int)StepMode.Asynchronous, Service)
            {
                OperationCreatedOn = Now,
                PrimaryEntityId = failed.PrimaryEntityId,
            };
            retry.InputParameters["Target"] = new Entity(ActionRecord.EntityLogicalName, failed.PrimaryEntityId);
            retry.PostEntityImages[PluginStepAttribute.PostImageName] = Stored(ActionRecord.EntityLogicalName, failed.PrimaryEntityId);
            new ActionFollowUpPlugin().Execute(retry);
            Assert.AreEqual(2, Regarding(EmailActivity.EntityLogicalName, id).Length);
        }
    }
}
