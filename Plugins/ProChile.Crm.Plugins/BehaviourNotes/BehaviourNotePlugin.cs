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
    /// notified by its channel's rule, the certified letter's lag setting or the DDU's 3 business days of Ley 21.806;
    /// S8: 5 business days for the defence, to 23:59:59 local of the company's regional office, one-off holidays
    /// included), defence filed (refused after the deadline, N3), upheld or withdrawn. Writing the defence text on a
    /// notified note files it. While a note is notified, a change of its channel, dispatch date or company projects its
    /// notification and deadline again; clearing the date is refused (the note would keep a term with no start); once
    /// a defence is filed or the note decided, the term is closed and its channel and date can no longer change.
    /// The note's dates, deadline, fingerprint of the one-off holidays in its window and in-force end are set on the Target.
    /// Budget: none for a draft; otherwise 1 Retrieve (account region), 2 RetrieveMultiple (settings, holidays).
    /// </summary>
    [PluginStep(MessageName.Create, BehaviourNoteTable.EntityLogicalName, PipelineStage.PreOperation,
        Description = "N1-N3, S8: nota de comportamiento, notificación y plazo de descargos.")]
    [PluginStep(MessageName.Update, BehaviourNoteTable.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[]
        {
            BehaviourNoteTable.Status, BehaviourNoteTable.Channel, BehaviourNoteTable.PostedOn, BehaviourNoteTable.AccountId,
            BehaviourNoteTable.Defence, BehaviourNoteTable.DefenceFiledOn,
        },
        PreImageAttributes = new[]
        {
            BehaviourNoteTable.AccountId, BehaviourNoteTable.Status, BehaviourNoteTable.Channel, BehaviourNoteTable.PostedOn,
            BehaviourNoteTable.NotifiedOn, BehaviourNoteTable.DefenceFiledOn, BehaviourNoteTable.ResolvedOn,
        },
        Description = "N2, N3, S8: transiciones de la nota; canal, fecha y empresa recalculan el plazo; descargos fuera de plazo rechazados.")]
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
            if (before is not null)
            {
                NoticeEdits.Check(before, target, from);
            }

            // Reads that feed the rules see every setting and holiday, whoever saved the note.
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            var office = OfficeOf(execution, note);
            var holidays = OneOffHolidayRows.Read(execution.SystemService);
            var calendar = OfficeCalendarCache.Shared.For(holidays).ForOffice(office);
            var current = NoteRow.Replay(note, from, calendar, settings);
            var moved = Move(current, to, note, calendar, settings, execution.NowUtc);
            // The move that leaves "notified" records the term as it stands; after it, the term is closed.
            var term = from == NoteState.Draft || from == NoteState.Notified
                ? NoteTerm.Open(holidays)
                : NoteTerm.Closed(ColumnValues.GetDate(before!, BehaviourNoteTable.NotifiedOn));
            NoteRow.WriteTo(target, moved, settings.NoteValidity, calendar, term);
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

        private static BehaviourNote Move(BehaviourNote current, NoteState to, Entity note, OfficeCalendar calendar, RuleSettings settings, DateTime nowUtc)
        {
            if (to == current.State)
            {
                return current;
            }
            switch (to)
            {
                case NoteState.Notified:
                    // Draft → notified: the lifecycle allows it only from a draft, with its Spanish message otherwise.
                    return current.State == NoteState.Draft
                        ? NoteRow.Notified(note, calendar, settings)
                        : throw new NoteTransitionRefusedException(current.State, to, NoteLifecycle.AllowedFrom(current.State));
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
        private static string OfficeOf(PluginExecution execution, Entity note)
        {
            var accountRef = ColumnValues.RequireReference(note, BehaviourNoteTable.AccountId, "la empresa a la que se refiere la nota");
            // The company's region decides the calendar whoever saved the note.
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, accountRef.Id, new ColumnSet(Account.Region));
            var region = ColumnValues.GetChoice(account, Account.Region);
            if (region is not int value || !RegionChoices.TryGetOfficeSlug(value, out var slug))
            {
                throw ColumnValues.Missing(account, Account.Region, "la región de la empresa: su oficina regional cuenta el plazo de descargos (" + RegionChoices.Expected + ")");
            }
            return slug;
        }
    }
}
