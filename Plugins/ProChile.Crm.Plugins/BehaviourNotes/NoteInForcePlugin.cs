using System;
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
    /// N4: keeps the account's "behaviour note in force" flag, from its notes as the note step stored them: a note
    /// is in force from its deemed notification date (the office's local date), while a defence is pending and once
    /// upheld, until withdrawn or its in-force end date. PostOperation, because it writes the account; it writes only
    /// when the flag changes, and never a note, so it cannot retrigger itself. A flag that should change only
    /// because a date passed is kept by the daily sweep activity («Actualizar plazos y notas vencidas»).
    /// Budget: 1 Retrieve (account), 1 RetrieveMultiple (the account's notes), 1 Update only when the flag changes.
    /// </summary>
    [PluginStep(MessageName.Create, BehaviourNoteTable.EntityLogicalName, PipelineStage.PostOperation,
        PostImageAttributes = new[] { BehaviourNoteTable.AccountId },
        Description = "N4: marca en la empresa si tiene una nota de comportamiento vigente.")]
    [PluginStep(MessageName.Update, BehaviourNoteTable.EntityLogicalName, PipelineStage.PostOperation,
        FilteringAttributes = new[] { BehaviourNoteTable.Status, BehaviourNoteTable.NotifiedOn, BehaviourNoteTable.InForceUntil },
        PostImageAttributes = new[] { BehaviourNoteTable.AccountId },
        Description = "N4: recalcula la vigencia al cambiar el estado de la nota.")]
    public sealed class NoteInForcePlugin : PluginBase
    {
        private readonly RegionDates regionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            var accountRef = ColumnValues.GetReference(execution.GetRequiredPostImage(), BehaviourNoteTable.AccountId);
            if (accountRef is null)
            {
                return;
            }
            // N4 depends on every note of the company, whoever left them.
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, accountRef.Id, new ColumnSet(Account.BehaviourNoteInForce, Account.Region));
            var today = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), execution.NowUtc);
            bool inForce = NotesInForce.AnyOn(execution.SystemService.RetrieveMultiple(NotesInForce.NotesOf(accountRef.Id)).Entities, today);
            if (ColumnValues.GetBool(account, Account.BehaviourNoteInForce) == inForce)
            {
                return;
            }
            // The in-force flag is bookkeeping on a company the note's author may not own.
            execution.SystemService.Update(new Entity(Account.EntityLogicalName, accountRef.Id) { [Account.BehaviourNoteInForce] = inForce });
            execution.Trace("cuenta {0}: nota vigente = {1}.", accountRef.Id, inForce);
        }
    }
}
