using System;
using System.Collections.Generic;
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
    /// days after the letter reached the post office, usually after the write) arrives. Reads only the notes whose
    /// dates can have changed their account's flag (never the whole portfolio), with their account's columns, decides each with the in-force step's own check
    /// (<see cref="NotesInForce"/>, on the office's local date), and writes the flag only when it differs.
    /// </summary>
    internal static class NoteInForceSweep
    {
        private const string AccountAlias = "account";

        public static void Run(SweepRun sweep, RegionDates regionDates)
        {
            // A local date in Chile is the UTC date or the day before: the UTC date bounds every office's "today".
            var utcDate = sweep.NowUtc.Date;
            // The queries start from the notes (a few per company, and only those whose dates fall due) and bring
            // their account's columns: starting from the accounts would read the whole portfolio every day.
            var notes = sweep.ReadAll(ExpiredNotesOfFlaggedAccounts(utcDate), BehaviourNoteTable.PrimaryId)
                .Concat(sweep.ReadAll(NotifiedNotesOfUnflaggedAccounts(utcDate), BehaviourNoteTable.PrimaryId));
            var seen = new HashSet<Guid>();
            foreach (var note in notes)
            {
                if (!(AccountOf(note) is Entity account) || !seen.Add(account.Id))
                {
                    continue;
                }
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

        // The note's account as the sweep needs it (id, region, flag), from the linked columns.
        private static Entity? AccountOf(Entity note)
        {
            if (!(ColumnValues.GetReference(note, BehaviourNoteTable.AccountId) is EntityReference reference))
            {
                return null;
            }
            var account = new Entity(Account.EntityLogicalName, reference.Id);
            foreach (var column in new[] { Account.Region, Account.BehaviourNoteInForce })
            {
                if (note.GetAttributeValue<AliasedValue>(AccountAlias + "." + column)?.Value is object value)
                {
                    account[column] = value;
                }
            }
            return account;
        }

        private static QueryExpression ExpiredNotesOfFlaggedAccounts(DateTime utcDate)
        {
            var query = NotesInForceStates();
            query.Criteria.AddCondition(BehaviourNoteTable.InForceUntil, ConditionOperator.LessEqual, utcDate);
            ActiveAccount(query).LinkCriteria.AddCondition(Account.BehaviourNoteInForce, ConditionOperator.Equal, true);
            return query;
        }

        private static QueryExpression NotifiedNotesOfUnflaggedAccounts(DateTime utcDate)
        {
            var query = NotesInForceStates();
            query.Criteria.AddCondition(BehaviourNoteTable.NotifiedOn, ConditionOperator.LessEqual, utcDate);
            var notExpired = query.Criteria.AddFilter(LogicalOperator.Or);
            notExpired.AddCondition(BehaviourNoteTable.InForceUntil, ConditionOperator.Null);
            notExpired.AddCondition(BehaviourNoteTable.InForceUntil, ConditionOperator.GreaterThan, utcDate.AddDays(-1));
            var unflagged = ActiveAccount(query).LinkCriteria.AddFilter(LogicalOperator.Or);
            unflagged.AddCondition(Account.BehaviourNoteInForce, ConditionOperator.Null);
            unflagged.AddCondition(Account.BehaviourNoteInForce, ConditionOperator.Equal, false);
            return query;
        }

        private static QueryExpression NotesInForceStates()
        {
            var query = new QueryExpression(BehaviourNoteTable.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(BehaviourNoteTable.PrimaryId, BehaviourNoteTable.AccountId),
            };
            query.Criteria.AddCondition(BehaviourNoteTable.Status, ConditionOperator.In, NotesInForce.States.Cast<object>().ToArray());
            // A deactivated note counts for nothing (N4), as in NotesInForce.NotesOf.
            query.Criteria.AddCondition(BehaviourNoteTable.StateCode, ConditionOperator.Equal, 0);
            return query;
        }

        private static LinkEntity ActiveAccount(QueryExpression notes)
        {
            var account = notes.AddLink(Account.EntityLogicalName, BehaviourNoteTable.AccountId, Account.PrimaryId, JoinOperator.Inner);
            account.EntityAlias = AccountAlias;
            account.Columns = new ColumnSet(Account.Region, Account.BehaviourNoteInForce);
            account.LinkCriteria.AddCondition(Account.StateCode, ConditionOperator.Equal, 0);
            return account;
        }
    }
}
