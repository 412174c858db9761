using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// N4: whether an account has a behaviour note in force on its office's date, from its notes as the note step
    /// stored them: a note is in force from its deemed notification date, while a defence is pending and once
    /// upheld, until withdrawn or its in-force end date (empty: until withdrawn, the N4 default). Shared by the
    /// in-force step (a note changed) and the daily sweep (a date passed).
    /// </summary>
    public static class NotesInForce
    {
        /// <summary>The note states that can be in force (notified, defence filed, upheld).</summary>
        public static readonly IReadOnlyList<int> States = new[]
        {
            NoteRow.ToChoice(NoteState.Notified), NoteRow.ToChoice(NoteState.DefenceFiled), NoteRow.ToChoice(NoteState.Upheld),
        };

        /// <summary>The account's active notes in a state that can be in force, with the columns <see cref="AnyOn"/> reads (a deactivated note counts for nothing).</summary>
        public static QueryExpression NotesOf(Guid accountId)
        {
            var query = new QueryExpression(BehaviourNoteTable.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(BehaviourNoteTable.NotifiedOn, BehaviourNoteTable.InForceUntil),
            };
            query.Criteria.AddCondition(BehaviourNoteTable.AccountId, ConditionOperator.Equal, accountId);
            query.Criteria.AddCondition(BehaviourNoteTable.StateCode, ConditionOperator.Equal, 0);
            query.Criteria.AddCondition(BehaviourNoteTable.Status, ConditionOperator.In, States.Cast<object>().ToArray());
            return query;
        }

        /// <summary>N4: true when one of <paramref name="notes"/> (rows of <see cref="NotesOf"/>) is in force on <paramref name="today"/>.</summary>
        public static bool AnyOn(IEnumerable<Entity> notes, CivilDate today) =>
            notes.Any(note =>
                ColumnValues.GetDate(note, BehaviourNoteTable.NotifiedOn) is CivilDate notified && notified <= today
                && (ColumnValues.GetDate(note, BehaviourNoteTable.InForceUntil) is not CivilDate until || today < until));
    }
}
