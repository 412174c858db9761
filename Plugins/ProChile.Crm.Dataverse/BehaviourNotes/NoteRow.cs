using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Settings;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;
using Choices = ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// N2/N3: a pch_behaviournote row as the rules' <see cref="BehaviourNote"/>, rebuilt by replaying the moves its
    /// columns record (notified by its channel from its dispatch date, defence filed at its instant, decided at its
    /// instant), and the rules' note written back as columns. Replaying through the rules, rather than trusting the
    /// stored status, keeps the stored deadline and dates the rules' own. A recorded defence or decision is not checked
    /// again: it was checked when it was made, and a holiday changed since must not make an accepted defence late.
    /// </summary>
    public static class NoteRow
    {
        public const string ExpectedStatus = "uno de los estados Borrador, Notificada, Con descargos, Mantenida o Retirada";

        public const string ExpectedChannel = "Carta certificada, Domicilio Digital Único, o vacío (carta certificada)";

        public const string ExpectedPostedOn = "la fecha de recepción de la carta certificada en Correos o de envío al Domicilio Digital Único (N2)";

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

        /// <summary>N2: the row's channel; empty is the protocol's certified letter (notes older than the column).</summary>
        public static NoticeChannel ChannelOf(Entity row)
        {
            var value = ColumnValues.GetChoice(row, BehaviourNoteTable.Channel);
            switch (value)
            {
                case null:
                case (int)Choices.NoticeChannel.CertifiedLetter:
                    return NoticeChannel.CertifiedLetter;
                case (int)Choices.NoticeChannel.DigitalAddress:
                    return NoticeChannel.DigitalAddress;
                default:
                    throw ColumnValues.Invalid(row, BehaviourNoteTable.Channel, value.Value, ExpectedChannel);
            }
        }

        /// <summary>N2: the row's notice (channel and dispatch date); refused in Spanish when the date is missing.</summary>
        public static Notice NoticeOf(Entity row) =>
            new Notice(ChannelOf(row), ColumnValues.RequireDate(row, BehaviourNoteTable.PostedOn, ExpectedPostedOn));

        /// <summary>
        /// N2/S8: the projection of a notified note from its stored inputs (channel, dispatch date, the company's office
        /// <paramref name="calendar"/> with the one-off holidays, the settings). The one function the note step, the
        /// holiday re-projection and the daily sweep all use for a note's deemed date and defence deadline.
        /// </summary>
        public static BehaviourNote Notified(Entity row, OfficeCalendar calendar, RuleSettings settings) =>
            BehaviourNote.Draft(row.Id.ToString("D")).Notify(NoticeOf(row), calendar, settings);

        /// <summary>The note as the row records it, in <paramref name="state"/>.</summary>
        public static BehaviourNote Replay(Entity row, NoteState state, OfficeCalendar calendar, RuleSettings settings)
        {
            if (state == NoteState.Draft)
            {
                return BehaviourNote.Draft(row.Id.ToString("D"));
            }
            var note = Notified(row, calendar, settings);
            if (state == NoteState.Notified)
            {
                return note;
            }
            var filed = ColumnValues.GetInstant(row, BehaviourNoteTable.DefenceFiledOn);
            if (filed is DateTime filedAt)
            {
                note = note.WithRecordedDefence(filedAt);
            }
            else if (state == NoteState.DefenceFiled || state == NoteState.Withdrawn)
            {
                throw ColumnValues.Missing(row, BehaviourNoteTable.DefenceFiledOn, "cuándo se presentaron los descargos (N3)");
            }
            if (state == NoteState.DefenceFiled)
            {
                return note;
            }
            var decided = ColumnValues.GetInstant(row, BehaviourNoteTable.ResolvedOn)
                ?? throw ColumnValues.Missing(row, BehaviourNoteTable.ResolvedOn, "la fecha de la decisión");
            return note.WithRecordedDecision(state, decided);
        }

        /// <summary>
        /// Writes what the rules computed onto the Target (PreOperation: no extra write). <paramref name="term"/> says
        /// whether the notification and defence deadline are written (a draft being notified, or a notified note) or
        /// kept as recorded (once a defence is filed or the note decided, the term is closed: a holiday or a company
        /// changed later does not reopen it). The in-force end is a date column: the office's local date on which the
        /// note stops being in force (its validity's end, or the day it was withdrawn); empty while it stays in force
        /// until withdrawn.
        /// </summary>
        public static void WriteTo(Entity target, BehaviourNote note, NoteValidity validity, OfficeCalendar calendar, NoteTerm term)
        {
            target[BehaviourNoteTable.Status] = new OptionSetValue(ToChoice(note.State));
            target[BehaviourNoteTable.DefenceFiledOn] = note.DefenceFiledAtUtc;
            target[BehaviourNoteTable.ResolvedOn] = note.DecidedAtUtc;
            DateTime? inForceFrom;
            if (term.IsOpen)
            {
                target[BehaviourNoteTable.NotifiedOn] = note.NotifiedOn?.ToDateTime();
                target[BehaviourNoteTable.DefenceDue] = note.DefenceDeadline?.DueUtc;
                target[BehaviourNoteTable.HolidaySet] = note.Notice is Notice notice && note.DefenceDeadline is Deadline deadline
                    ? HolidaySetFingerprint.Of(term.OneOffHolidays!, notice.DispatchedOn, deadline.DueUtc)
                    : null;
                inForceFrom = note.InForceFromUtc;
            }
            else
            {
                inForceFrom = term.RecordedNotifiedOn is CivilDate notified ? calendar.DayStartUtc(notified) : note.InForceFromUtc;
            }
            target[BehaviourNoteTable.InForceUntil] = InForceUntil(note, validity, calendar, inForceFrom);
        }

        private static DateTime? InForceUntil(BehaviourNote note, NoteValidity validity, OfficeCalendar calendar, DateTime? inForceFrom)
        {
            var ends = note.State == NoteState.Withdrawn
                ? note.DecidedAtUtc
                : inForceFrom is DateTime from ? validity.ExpiresAtUtc(from) : null;
            return ends is DateTime end ? calendar.DateAt(end).ToDateTime() : (DateTime?)null;
        }
    }
}
