using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Plugins.BehaviourNotes
{
    /// <summary>
    /// N4: keeps the account's "behaviour note in force" flag, from its active notes as the note step stored them: a
    /// note is in force from its deemed notification date (the office's local date), while a defence is pending and
    /// once upheld, until withdrawn or its in-force end date. A deactivated or deleted note counts for nothing. Every
    /// account the note belonged to before or after the operation is recomputed (the pre-image names the old company,
    /// the post-image the new one), so a note moved to another company moves the flag with it.
    /// <para>
    /// The Update step filters on the columns users and callers write (status, company, state, channel, dispatch date,
    /// and the notification and in-force dates a re-projection writes), never on a column only because a PreOperation
    /// step adds it to the Target: Dataverse does not document that such an addition fires a PostOperation filter. It
    /// decides from the images and a fresh read of the account's notes.
    /// </para>
    /// PostOperation, because it writes the account; it writes only when the flag changes, and never a note, so it
    /// cannot retrigger itself. A flag that should change only because a date passed is kept by the daily sweep
    /// activity («Actualizar plazos y notas vencidas»).
    /// Budget per account concerned (one, two when the company changed): 1 Retrieve, 1 RetrieveMultiple, 1 Update only
    /// when the flag changes.
    /// </summary>
    [PluginStep(MessageName.Create, BehaviourNoteTable.EntityLogicalName, PipelineStage.PostOperation,
        PostImageAttributes = new[] { BehaviourNoteTable.AccountId },
        Description = "N4: marca en la empresa si tiene una nota de comportamiento vigente.")]
    [PluginStep(MessageName.Update, BehaviourNoteTable.EntityLogicalName, PipelineStage.PostOperation,
        FilteringAttributes = new[]
        {
            BehaviourNoteTable.Status, BehaviourNoteTable.AccountId, BehaviourNoteTable.StateCode, BehaviourNoteTable.Channel,
            BehaviourNoteTable.PostedOn, BehaviourNoteTable.NotifiedOn, BehaviourNoteTable.InForceUntil,
        },
        PreImageAttributes = new[] { BehaviourNoteTable.AccountId },
        PostImageAttributes = new[] { BehaviourNoteTable.AccountId },
        Description = "N4: recalcula la vigencia en la empresa anterior y en la nueva al cambiar estado, empresa, activación o fechas de la nota.")]
    [PluginStep(MessageName.Delete, BehaviourNoteTable.EntityLogicalName, PipelineStage.PostOperation,
        PreImageAttributes = new[] { BehaviourNoteTable.AccountId },
        Description = "N4: recalcula la vigencia de la empresa al eliminar una nota.")]
    public sealed class NoteInForcePlugin : PluginBase
    {
        // Immutable (zones only), shared by every call.
        private readonly RegionDates regionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            var accounts = new[] { execution.GetPreImage(), execution.GetPostImage() }
                .Where(image => image is not null)
                .Select(image => ColumnValues.GetReference(image!, BehaviourNoteTable.AccountId))
                .Where(reference => reference is not null)
                .Select(reference => reference!.Id)
                .Distinct()
                .ToArray();
            foreach (var accountId in accounts)
            {
                Refresh(execution, accountId);
            }
        }

        private void Refresh(PluginExecution execution, Guid accountId)
        {
            // The flag counts every note of the company, whoever saved this one, so the reads and the write are the system's.
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, accountId, new ColumnSet(Account.BehaviourNoteInForce, Account.Region));
            var today = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), execution.NowUtc);
            bool inForce = NotesInForce.AnyOn(execution.SystemService.RetrieveMultiple(NotesInForce.NotesOf(accountId)).Entities, today);
            if ((ColumnValues.GetBool(account, Account.BehaviourNoteInForce) ?? false) == inForce)
            {
                return;
            }
            // Bookkeeping: a user may move a note without the right to write the other company's flag by hand.
            execution.SystemService.Update(new Entity(Account.EntityLogicalName, accountId) { [Account.BehaviourNoteInForce] = inForce });
            execution.Trace("cuenta {0}: nota vigente = {1}.", accountId, inForce);
        }
    }
}
