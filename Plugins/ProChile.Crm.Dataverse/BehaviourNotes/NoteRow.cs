using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;
using Choices = ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// N2/N3: a pch_behaviournote row as the rules' <see cref="BehaviourNote"/>, rebuilt by replaying the moves its
    /// columns record (notified from the letter's receipt date, defence filed at its instant, decided at its
    /// instant), and the rules' note written back as columns. Replaying through the rules, rather than trusting
    /// the stored status, keeps the stored deadline and dates the rules' own.
    /// </summary>
    public static class NoteRow
    {
        public const string ExpectedStatus = "uno de los estados Borrador, Notificada, Con descargos, Mantenida o Retirada";

        public static NoteState StatusOf(Entity row)
        {
            var value = ColumnValues.GetChoice(row, BehaviourNoteTable.Status);
            if (value is null)
            {
                return NoteState.Draft;
            }
            // The choice's last digit is the rules' state number (Draft 168700001 ... Withdrawn 168700005).
            int state = value.Value - (int)Choices.NoteStatus.Draft + 1;
            return Enum.IsDefined(typeof(NoteState), state)
                ? (NoteState)state
                : throw ColumnValues.Invalid(row, BehaviourNoteTable.Status, value.Value, ExpectedStatus);
        }

        public static int ToChoice(NoteState state) => (int)Choices.NoteStatus.Draft + (int)state - 1;

        /// <summary>The note as the row records it, in <paramref name="state"/>.</summary>
        public static BehaviourNote Replay(Entity row, NoteState state, OfficeCalendar calendar, RuleSettings settings)
        {
            var note = BehaviourNote.Draft(row.Id.ToString("D"));
            if (state == NoteState.Draft)
            {
                return note;
            }
            note = note.Notify(ColumnValues.RequireDate(row, BehaviourNoteTable.PostedOn, "la fecha de recepción de la carta certificada en Correos (N2)"), calendar, settings);
            var filed = ColumnValues.GetInstant(row, BehaviourNoteTable.DefenceFiledOn);
            if (filed is DateTime filedAt && state != NoteState.Notified)
            {
                note = note.FileDefence(filedAt, calendar);
            }
            var decided = ColumnValues.GetInstant(row, BehaviourNoteTable.ResolvedOn);
            switch (state)
            {
                case NoteState.Upheld:
                    return note.Uphold(decided ?? throw ColumnValues.Missing(row, BehaviourNoteTable.ResolvedOn, "la fecha de la decisión"));
                case NoteState.Withdrawn:
                    return note.Withdraw(decided ?? throw ColumnValues.Missing(row, BehaviourNoteTable.ResolvedOn, "la fecha de la decisión"));
                default:
                    return note;
            }
        }

        /// <summary>
        /// Writes what the rules computed onto the Target (PreOperation: no extra write). The in-force end is a date
        /// column: the office's local date on which the note stops being in force (its validity's end, or the day it
        /// was withdrawn); empty while it stays in force until withdrawn.
        /// </summary>
        public static void WriteTo(Entity target, BehaviourNote note, NoteValidity validity, OfficeCalendar calendar)
        {
            target[BehaviourNoteTable.Status] = new OptionSetValue(ToChoice(note.State));
            target[BehaviourNoteTable.NotifiedOn] = note.NotifiedOn?.ToDateTime();
            target[BehaviourNoteTable.DefenceDue] = note.DefenceDeadline?.DueUtc;
            target[BehaviourNoteTable.DefenceFiledOn] = note.DefenceFiledAtUtc;
            target[BehaviourNoteTable.ResolvedOn] = note.DecidedAtUtc;
            var ends = note.State == NoteState.Withdrawn
                ? note.DecidedAtUtc
                : note.InForceFromUtc is DateTime from ? validity.ExpiresAtUtc(from) : null;
            target[BehaviourNoteTable.InForceUntil] = ends is DateTime end ? calendar.DateAt(end).ToDateTime() : (DateTime?)null;
        }
    }
}
