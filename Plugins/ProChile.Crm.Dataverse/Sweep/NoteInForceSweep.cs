using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// N4: the account's "behaviour note in force" flag follows dates as well as writes. It turns off when the
    /// last note in force reaches its in-force end (validity setting; the default, until withdrawn, leaves the
    /// date empty and never expires), and on when a notified note's deemed notification date (N2: some business
    /// days after the letter reached the post office, usually after the write) arrives. Reads only the accounts
    /// whose flag one of those dates can have changed, decides each with the in-force step's own check
    /// (<see cref="NotesInForce"/>, on the office's local date), and writes the flag only when it differs.
    /// </summary>
    internal static class NoteInForceSweep
    {
        private const string NoteAlias = "note";

        public static void Run(SweepRun sweep, RegionDates regionDates)
        {
            // A local date in Chile is the UTC date or the day before: the UTC date bounds every office's "today".
            var utcDate = sweep.NowUtc.Date;
            var candidates = sweep.ReadAll(FlaggedWithExpiredNote(utcDate), Account.PrimaryId)
                .Concat(sweep.ReadAll(UnflaggedWithNoteNotifiedBy(utcDate), Account.PrimaryId));
            foreach (var account in candidates)
            {
                bool? written = null;
                if (sweep.TryUpdate(account, () => (written = Refresh(sweep, regionDates, account)) != null))
                {
                    sweep.Tally.NoteFlagsCleared += written == false ? 1 : 0;
                    sweep.Tally.NoteFlagsSet += written == true ? 1 : 0;
                }
            }
        }

        // The flag written, or null when it already held.
        private static bool? Refresh(SweepRun sweep, RegionDates regionDates, Entity account)
        {
            var today = regionDates.DateAt(ColumnValues.GetChoice(account, Account.Region), sweep.NowUtc);
            bool inForce = NotesInForce.AnyOn(sweep.Service.RetrieveMultiple(NotesInForce.NotesOf(account.Id)).Entities, today);
            if ((ColumnValues.GetBool(account, Account.BehaviourNoteInForce) ?? false) == inForce)
            {
                return null;
            }
            sweep.Service.Update(new Entity(Account.EntityLogicalName, account.Id) { [Account.BehaviourNoteInForce] = inForce });
            return inForce;
        }

        private static QueryExpression FlaggedWithExpiredNote(DateTime utcDate)
        {
            var query = Accounts();
            query.Criteria.AddCondition(Account.BehaviourNoteInForce, ConditionOperator.Equal, true);
            var notes = NotesInForceStates(query);
            notes.LinkCriteria.AddCondition(BehaviourNoteTable.InForceUntil, ConditionOperator.LessEqual, utcDate);
            return query;
        }

        private static QueryExpression UnflaggedWithNoteNotifiedBy(DateTime utcDate)
        {
            var query = Accounts();
            var unflagged = query.Criteria.AddFilter(LogicalOperator.Or);
            unflagged.AddCondition(Account.BehaviourNoteInForce, ConditionOperator.Null);
            unflagged.AddCondition(Account.BehaviourNoteInForce, ConditionOperator.Equal, false);
            var notes = NotesInForceStates(query);
            notes.LinkCriteria.AddCondition(BehaviourNoteTable.NotifiedOn, ConditionOperator.LessEqual, utcDate);
            var notExpired = notes.LinkCriteria.AddFilter(LogicalOperator.Or);
            notExpired.AddCondition(BehaviourNoteTable.InForceUntil, ConditionOperator.Null);
            notExpired.AddCondition(BehaviourNoteTable.InForceUntil, ConditionOperator.GreaterThan, utcDate.AddDays(-1));
            return query;
        }

        private static QueryExpression Accounts()
        {
            var query = new QueryExpression(Account.EntityLogicalName)
            {
                // Distinct (an account with several matching notes comes once) returns no row id unless the primary id is a column.
                ColumnSet = new ColumnSet(Account.PrimaryId, Account.Region, Account.BehaviourNoteInForce),
                Distinct = true,
            };
            query.Criteria.AddCondition(Account.StateCode, ConditionOperator.Equal, 0);
            return query;
        }

        private static LinkEntity NotesInForceStates(QueryExpression accounts)
        {
            var notes = accounts.AddLink(BehaviourNoteTable.EntityLogicalName, Account.PrimaryId, BehaviourNoteTable.AccountId, JoinOperator.Inner);
            notes.EntityAlias = NoteAlias;
            notes.LinkCriteria.AddCondition(BehaviourNoteTable.Status, ConditionOperator.In, NotesInForce.States.Cast<object>().ToArray());
            // A deactivated note counts for nothing (N4), as in NotesInForce.NotesOf.
            notes.LinkCriteria.AddCondition(BehaviourNoteTable.StateCode, ConditionOperator.Equal, 0);
            return notes;
        }
    }
}
