using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Plugins.BehaviourNotes
{
    /// <summary>
    /// N1-N3, S8: a behaviour note's moves, checked and computed by the rules in PreOperation: notified (N2: deemed
    /// notified the lag setting's business days after the letter reached the post office; S8: 5 business days
    /// for the defence, to 23:59:59 local of the company's regional office, one-off holidays included), defence
    /// filed (refused after the deadline, N3), upheld or withdrawn. Writing the defence text on a notified note
    /// files it. The note's dates, deadline and in-force end are set on the Target.
    /// Budget: none for a draft; otherwise 1 Retrieve (account region), 2 RetrieveMultiple (settings, holidays).
    /// </summary>
    [PluginStep(MessageName.Create, BehaviourNoteTable.EntityLogicalName, PipelineStage.PreOperation,
        Description = "N1-N3, S8: nota de comportamiento, notificación y plazo de descargos.")]
    [PluginStep(MessageName.Update, BehaviourNoteTable.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[] { BehaviourNoteTable.Status, BehaviourNoteTable.PostedOn, BehaviourNoteTable.Defence, BehaviourNoteTable.DefenceFiledOn },
        PreImageAttributes = new[]
        {
            BehaviourNoteTable.AccountId, BehaviourNoteTable.Status, BehaviourNoteTable.PostedOn,
            BehaviourNoteTable.DefenceFiledOn, BehaviourNoteTable.ResolvedOn,
        },
        Description = "N3, S8: transiciones de la nota; descargos fuera de plazo rechazados.")]
    public sealed class BehaviourNotePlugin : PluginBase
    {

        protected override void Execute(PluginExecution execution)
        {
            var target = execution.GetRequiredTarget();
            var before = execution.IsUpdate ? execution.GetRequiredPreImage() : null;
            var note = RowView.Overlay(before, target);
            var from = before is null ? NoteState.Draft : NoteRow.StatusOf(before);
            var to = RequestedState(target, note, from);
            if (from == NoteState.Draft && to == NoteState.Draft)
            {
                target[BehaviourNoteTable.Status] = new OptionSetValue(NoteRow.ToChoice(NoteState.Draft));
                return;
            }

            // The terms are computed from every setting and holiday, not from what the caller may read.
            var settings = SettingsReader.Read(execution.SystemService);
            var calendar = CalendarOf(execution, note);
            var current = NoteRow.Replay(before ?? note, from, calendar, settings);
            var moved = Move(current, to, note, calendar, execution.NowUtc, settings);
            NoteRow.WriteTo(target, moved, settings.NoteValidity, calendar);
            execution.Trace("nota {0}: {1} → {2}.", execution.PrimaryId, from, moved.State);
        }

        // Writing the defence text on a notified note is filing it (N3).
        private static NoteState RequestedState(Entity target, Entity note, NoteState from)
        {
            if (target.Contains(BehaviourNoteTable.Status))
            {
                return NoteRow.StatusOf(note);
            }
            return from == NoteState.Notified && target.Contains(BehaviourNoteTable.Defence) && ColumnValues.GetString(target, BehaviourNoteTable.Defence) is not null
                ? NoteState.DefenceFiled
                : from;
        }

        private static BehaviourNote Move(BehaviourNote current, NoteState to, Entity note, OfficeCalendar calendar, DateTime nowUtc, RuleSettings settings)
        {
            if (to == current.State)
            {
                return current;
            }
            switch (to)
            {
                case NoteState.Notified:
                    return current.Notify(ColumnValues.RequireDate(note, BehaviourNoteTable.PostedOn, "la fecha de recepción de la carta certificada en Correos (N2)"), calendar, settings);
                case NoteState.DefenceFiled:
                    return current.FileDefence(ColumnValues.GetInstant(note, BehaviourNoteTable.DefenceFiledOn) ?? nowUtc, calendar);
                case NoteState.Upheld:
                    return current.Uphold(nowUtc);
                case NoteState.Withdrawn:
                    return current.Withdraw(nowUtc);
                default:
                    // Back to draft: the lifecycle refuses it, with its Spanish message.
                    throw new NoteTransitionRefusedException(current.State, to, NoteLifecycle.AllowedFrom(current.State));
            }
        }

        // D4/D5: the company's regional office counts the terms, with the admins' one-off holidays.
        private OfficeCalendar CalendarOf(PluginExecution execution, Entity note)
        {
            var accountRef = ColumnValues.RequireReference(note, BehaviourNoteTable.AccountId, "la empresa a la que se refiere la nota");
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, accountRef.Id, new ColumnSet(Account.Region));
            var region = ColumnValues.GetChoice(account, Account.Region);
            if (region is not int value || !RegionChoices.TryGetOfficeSlug(value, out var slug))
            {
                throw ColumnValues.Missing(account, Account.Region, "la región de la empresa: su oficina regional cuenta el plazo de descargos (" + RegionChoices.Expected + ")");
            }
            return OfficeCalendarCache.Shared.For(OneOffHolidayRows.Read(execution.SystemService)).ForOffice(slug);
        }
    }
}
