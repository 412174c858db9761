using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// N2/S8, D5: a notified note's stored term (deemed notification date, defence deadline, in-force end, holiday-set
    /// fingerprint of the one-off holidays in its window) compared with its projection from the stored inputs (<see cref="NoteRow.Notified"/>: channel,
    /// dispatch date, the company's office with the current one-off holidays, the settings). The holiday re-projection
    /// and the daily sweep read notified notes with <see cref="Columns"/> (the company's region joined as
    /// <see cref="CompanyAlias"/>) and write <see cref="ChangesFrom"/> when it is not null. Only notified notes: once a
    /// defence is filed or the note decided, its term is closed and stays as recorded.
    /// </summary>
    public static class NoteProjection
    {
        public const string CompanyAlias = "company";

        /// <summary>The note columns the projection reads and compares.</summary>
        public static readonly string[] Columns =
        {
            BehaviourNoteTable.AccountId, BehaviourNoteTable.StateCode, BehaviourNoteTable.Status, BehaviourNoteTable.Channel, BehaviourNoteTable.PostedOn,
            BehaviourNoteTable.NotifiedOn, BehaviourNoteTable.DefenceDue, BehaviourNoteTable.InForceUntil, BehaviourNoteTable.HolidaySet,
        };

        /// <summary>
        /// Notified notes, with <see cref="Columns"/> and the company's region; callers add their criteria. Deactivated
        /// ones too: reactivating a note must not bring back a term computed with an older holiday set.
        /// </summary>
        public static QueryExpression NotifiedNotes()
        {
            var query = new QueryExpression(BehaviourNoteTable.EntityLogicalName) { ColumnSet = new ColumnSet(Columns) };
            query.Criteria.AddCondition(BehaviourNoteTable.Status, ConditionOperator.Equal, NoteRow.ToChoice(Rules.BehaviourNotes.NoteState.Notified));
            var company = query.AddLink(Account.EntityLogicalName, BehaviourNoteTable.AccountId, Account.PrimaryId, JoinOperator.LeftOuter);
            company.EntityAlias = CompanyAlias;
            company.Columns = new ColumnSet(Account.Region);
            return query;
        }

        /// <summary>
        /// D5: the notified notes whose window, from the dispatch date to the defence deadline, may contain a date of
        /// <paramref name="first"/>..<paramref name="last"/>; a day of margin covers the offices' zones around midnight.
        /// </summary>
        public static QueryExpression NotifiedSpanning(CivilDate first, CivilDate last)
        {
            var query = NotifiedNotes();
            // A day of margin after the holiday, as the holiday-set fingerprint's window has one before the dispatch date:
            // a holiday the day before a note's dispatch changes its fingerprint, so the note must be re-projected too.
            query.Criteria.AddCondition(BehaviourNoteTable.PostedOn, ConditionOperator.LessEqual, last.AddDays(1).ToDateTime());
            query.Criteria.AddCondition(BehaviourNoteTable.DefenceDue, ConditionOperator.GreaterEqual, DateTime.SpecifyKind(first.AddDays(-1).ToDateTime(), DateTimeKind.Utc));
            return query;
        }

        /// <summary>The office slug of a row of <see cref="NotifiedNotes"/> (its company's region); refused in Spanish when the company has none.</summary>
        public static string OfficeOf(Entity row)
        {
            var region = (row.GetAttributeValue<AliasedValue>(CompanyAlias + "." + Account.Region)?.Value as OptionSetValue)?.Value;
            return region is int value && RegionChoices.TryGetOfficeSlug(value, out var slug)
                ? slug
                : throw ColumnValues.Missing(row, BehaviourNoteTable.AccountId, "una empresa con región: su oficina regional cuenta el plazo de descargos (" + RegionChoices.Expected + ")");
        }

        /// <summary>
        /// The update that brings a notified <paramref name="row"/> to its projection in <paramref name="calendar"/>, or
        /// null when every computed column already holds it. Only computed columns: the note step does not filter on them.
        /// </summary>
        public static Entity? ChangesFrom(Entity row, OfficeCalendar calendar, RuleSettings settings, IReadOnlyList<Holiday> oneOffHolidays)
        {
            var projected = new Entity(BehaviourNoteTable.EntityLogicalName, row.Id);
            NoteRow.WriteTo(projected, NoteRow.Notified(row, calendar, settings), settings.NoteValidity, calendar, NoteTerm.Open(oneOffHolidays));
            var changes = new Entity(BehaviourNoteTable.EntityLogicalName, row.Id);
            CopyIfDate(row, projected, changes, BehaviourNoteTable.NotifiedOn);
            CopyIfDate(row, projected, changes, BehaviourNoteTable.InForceUntil);
            if (ColumnValues.GetInstant(row, BehaviourNoteTable.DefenceDue) != ColumnValues.GetInstant(projected, BehaviourNoteTable.DefenceDue))
            {
                changes[BehaviourNoteTable.DefenceDue] = projected[BehaviourNoteTable.DefenceDue];
            }
            if (!string.Equals(ColumnValues.GetString(row, BehaviourNoteTable.HolidaySet), ColumnValues.GetString(projected, BehaviourNoteTable.HolidaySet), StringComparison.Ordinal))
            {
                changes[BehaviourNoteTable.HolidaySet] = projected[BehaviourNoteTable.HolidaySet];
            }
            return changes.Attributes.Count == 0 ? null : changes;
        }

        private static void CopyIfDate(Entity row, Entity projected, Entity changes, string column)
        {
            if (ColumnValues.GetDate(row, column) != ColumnValues.GetDate(projected, column))
            {
                changes[column] = projected[column];
            }
        }
    }
}
