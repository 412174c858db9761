using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.BehaviourNotes;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using BehaviourNoteTable = ProChile.Crm.Dataverse.Schema.BehaviourNote;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// N3/S8: "a notified note with no defence by the deadline is upheld". Reads only notified notes whose stored
    /// defence deadline has passed; the rules decide on each (the note replayed from its row in its office's
    /// calendar, <see cref="BehaviourNote.UpholdIfDefenceLapsed"/>), so a stored deadline that a later holiday
    /// moved is not upheld early, which the note step would refuse. The write is the status alone: the note step
    /// (PreOperation) checks the move and records the decision instant (the deadline's end), and the in-force
    /// step recomputes the account's flag.
    /// </summary>
    internal static class LapsedDefenceSweep
    {
        private const string CompanyAlias = "company";

        public static void Run(SweepRun sweep)
        {
            foreach (var row in sweep.ReadAll(LapsedNotes(sweep.NowUtc), BehaviourNoteTable.PrimaryId))
            {
                if (sweep.TryUpdate(row, () => UpholdIfLapsed(sweep, row)))
                {
                    sweep.Tally.NotesUpheld++;
                }
            }
        }

        private static bool UpholdIfLapsed(SweepRun sweep, Entity row)
        {
            var region = (row.GetAttributeValue<AliasedValue>(CompanyAlias + "." + Account.Region)?.Value as OptionSetValue)?.Value;
            if (region is not int value || !RegionChoices.TryGetOfficeSlug(value, out var slug))
            {
                throw ColumnValues.Missing(row, BehaviourNoteTable.AccountId, "una empresa con región: su oficina regional cuenta el plazo de descargos (" + RegionChoices.Expected + ")");
            }
            var note = NoteRow.Replay(row, NoteState.Notified, sweep.Offices.ForOffice(slug), sweep.Settings);
            if (note.UpholdIfDefenceLapsed(sweep.NowUtc).State != NoteState.Upheld)
            {
                return false;
            }
            sweep.Service.Update(new Entity(BehaviourNoteTable.EntityLogicalName, row.Id)
            {
                [BehaviourNoteTable.Status] = new OptionSetValue(NoteRow.ToChoice(NoteState.Upheld)),
            });
            return true;
        }

        // Notified, active, and the last second of the defence term is over (the term covers its whole last second).
        private static QueryExpression LapsedNotes(DateTime nowUtc)
        {
            var query = new QueryExpression(BehaviourNoteTable.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(BehaviourNoteTable.AccountId, BehaviourNoteTable.Status, BehaviourNoteTable.PostedOn,
                    BehaviourNoteTable.DefenceDue, BehaviourNoteTable.DefenceFiledOn, BehaviourNoteTable.ResolvedOn),
            };
            query.Criteria.AddCondition(BehaviourNoteTable.StateCode, ConditionOperator.Equal, 0);
            query.Criteria.AddCondition(BehaviourNoteTable.Status, ConditionOperator.Equal, NoteRow.ToChoice(NoteState.Notified));
            query.Criteria.AddCondition(BehaviourNoteTable.DefenceDue, ConditionOperator.LessEqual, nowUtc.AddSeconds(-1));
            var company = query.AddLink(Account.EntityLogicalName, BehaviourNoteTable.AccountId, Account.PrimaryId, JoinOperator.LeftOuter);
            company.EntityAlias = CompanyAlias;
            company.Columns = new ColumnSet(Account.Region);
            return query;
        }
    }
}
