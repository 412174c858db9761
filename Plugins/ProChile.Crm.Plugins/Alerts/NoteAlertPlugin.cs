using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.BehaviourNotes;
using BehaviourNote = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Plugins.Alerts
{
    /// <summary>
    /// N3/S8 alerts for the company's executive (the account's owner): a task when a note's defence arrives (its
    /// filing date set), and one when the defence term lapses without one (the note moves from notified to upheld
    /// with no filing date, as the daily sweep does). The filter names what users write (the defence text, from which
    /// the note step derives the filing date in the same write) and what the sweep writes (the status). Each is a D6 switch (D6.AlertTaskDefenceFiled,
    /// D6.AlertTaskDefenceLapsed). Asynchronous, deciding from the pre- and post-images; idempotent
    /// (<see cref="AlertActivities.CreateOnce"/>). Budget: nothing when no alert is due; else 1 RetrieveMultiple
    /// (settings), 1 Retrieve (account), 1 RetrieveMultiple + at most 1 Create.
    /// </summary>
    [PluginStep(MessageName.Update, BehaviourNote.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        FilteringAttributes = new[] { BehaviourNote.Defence, BehaviourNote.DefenceFiledOn, BehaviourNote.Status },
        PreImageAttributes = new[] { BehaviourNote.DefenceFiledOn, BehaviourNote.Status },
        PostImageAttributes = new[] { BehaviourNote.Name, BehaviourNote.AccountId, BehaviourNote.Status, BehaviourNote.DefenceFiledOn, BehaviourNote.DefenceDue },
        Description = "N3/S8 (D6): tarea al ejecutivo(a) de la empresa cuando llegan los descargos de una nota o cuando vence su plazo sin ellos.")]
    public sealed class NoteAlertPlugin : PluginBase
    {
        private static readonly int Notified = NoteRow.ToChoice(NoteState.Notified);
        private static readonly int Upheld = NoteRow.ToChoice(NoteState.Upheld);

        protected override void Execute(PluginExecution execution)
        {
            var before = execution.GetRequiredPreImage();
            var after = execution.GetRequiredPostImage();
            bool defenceArrived = ColumnValues.GetInstant(before, BehaviourNote.DefenceFiledOn) == null && ColumnValues.GetInstant(after, BehaviourNote.DefenceFiledOn) != null;
            bool termLapsed = ColumnValues.GetChoice(before, BehaviourNote.Status) == Notified && ColumnValues.GetChoice(after, BehaviourNote.Status) == Upheld
                && ColumnValues.GetInstant(after, BehaviourNote.DefenceFiledOn) == null;
            if (!defenceArrived && !termLapsed)
            {
                return;
            }

            // Read as SYSTEM: the admins' switches apply whoever wrote the note.
            var alerts = SettingsReader.Read(execution.SystemService, execution.Tracing).Alerts;
            if (defenceArrived ? !alerts.TaskDefenceFiled : !alerts.TaskDefenceLapsed)
            {
                execution.Trace("alerta de nota desactivada por ajuste (D6).");
                return;
            }

            var company = ColumnValues.GetReference(after, BehaviourNote.AccountId);
            // As SYSTEM: the alert goes to the account's executive, whoever may read the account.
            var account = company == null ? null : execution.SystemService.Retrieve(Account.EntityLogicalName, company.Id, new ColumnSet(Account.Name, Account.Owner));
            var companyName = account == null ? "sin empresa" : ColumnValues.GetString(account, Account.Name) ?? "sin nombre";
            var note = ColumnValues.GetString(after, BehaviourNote.Name) ?? "nota de comportamiento";
            var reference = AlertActivities.Reference(after.Id);
            string subject = defenceArrived
                ? AlertActivities.Subject($"N3: llegaron los descargos de la nota «{note}», {companyName}", $" · {reference} descargos")
                : AlertActivities.Subject($"S8: venció sin descargos el plazo de la nota «{note}», {companyName}", $" · {reference} sin descargos");
            string description = defenceArrived
                ? $"La empresa {companyName} presentó descargos a la nota «{note}» (N3). Revíselos y decida si la nota se mantiene o se retira."
                : $"El plazo de descargos de la nota «{note}» de {companyName} venció sin descargos ({DueText(after)}); la nota quedó mantenida (N3, S8).";
            var owner = account == null ? null : ColumnValues.GetReference(account, Account.Owner);
            // As SYSTEM: the alert is the platform's bookkeeping, owned by the executive.
            bool created = AlertActivities.CreateOnce(execution.SystemService,
                AlertActivities.Task(subject, description, company == null ? null : new EntityReference(Account.EntityLogicalName, company.Id), owner, execution.NowUtc));
            execution.Trace("tarea de nota: {0}.", created ? "creada" : "ya existía");
        }

        private static string DueText(Entity note) =>
            ColumnValues.GetInstant(note, BehaviourNote.DefenceDue) is DateTime due
                ? "plazo hasta " + due.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
                : "sin fecha de plazo registrada";
    }
}
