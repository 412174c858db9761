using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.Alerts
{
    /// <summary>
    /// N3/S8 alerts: a note posted Monday 10-03-2025 is deemed notified on Thursday the 13th and its defence term ends
    /// Thursday 20-03-2025 23:59:59 in Santiago; the account's executive is told when a defence arrives, or when the
    /// term lapses without one and the daily sweep upholds the note.
    /// </summary>
    [TestClass]
    public sealed class NoteAlertPluginTests : PipelineTest
    {
        private Guid executive;
        private Guid noteId;

        [TestInitialize]
        public void ANotifiedNote()
        {
            executive = Org.AddUser("Ejecutivo de la empresa");
            var account = PortfolioAccount();
            account[Account.Owner] = new EntityReference("systemuser", executive);
            var company = Service.Create(account);
            noteId = Service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "No asistió a la agenda confirmada",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [BehaviourNote.Reason] = "N1: la empresa no viajó a la feria sin caso fortuito ni fuerza mayor.",
            });
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, noteId)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2025, 3, 10),
            });
            Org.RunPendingAsync();
        }

        private Entity[] Tasks() => Org.InspectAll(TaskActivity.EntityLogicalName).ToArray();

        private string Ref => "ref. " + noteId.ToString("N").Substring(0, 8);

        [TestMethod]
        public void N3_ADefenceArrivingGivesTheExecutiveOneTask_AndAnotherEditOfTheDefenceNone()
        {
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, noteId) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });
            Org.RunPendingAsync();
            Service.Update(new Entity(BehaviourNote.EntityLogicalName, noteId) { [BehaviourNote.Defence] = "Hubo un paro aéreo nacional." });
            Org.RunPendingAsync();

            var task = Tasks().Single();
            Assert.AreEqual($"N3: llegaron los descargos de la nota «No asistió a la agenda confirmada», Viña Los Andes SpA · {Ref} descargos", task[TaskActivity.Subject]);
            Assert.AreEqual(executive, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id);
        }

        [TestMethod]
        public void S8_ATermLapsingWithoutDefenceGivesTheExecutiveOneTask_WhenTheSweepUpholdsTheNote()
        {
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 24, 15, 0, 0, DateTimeKind.Utc));

            Service.Execute(new OrganizationRequest(CustomApiNames.BarrerPlazos));
            Org.RunPendingAsync();
            Service.Execute(new OrganizationRequest(CustomApiNames.BarrerPlazos));
            Org.RunPendingAsync();

            var task = Tasks().Single();
            Assert.AreEqual($"S8: venció sin descargos el plazo de la nota «No asistió a la agenda confirmada», Viña Los Andes SpA · {Ref} sin descargos", task[TaskActivity.Subject]);
            Assert.AreEqual(executive, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id);
        }

        [TestMethod]
        public void D6_TheDefenceAlertCanBeTurnedOff()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.AlertTaskDefenceFiled, [Setting.Value] = "no" });

            Service.Update(new Entity(BehaviourNote.EntityLogicalName, noteId) { [BehaviourNote.Defence] = "Hubo un paro aéreo." });
            Org.RunPendingAsync();

            Assert.AreEqual(0, Tasks().Length);
        }
    }
}
