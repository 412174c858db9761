using System;
using System.Linq;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>The solution's tables the activities read and write, declared from the Schema constants with Solution/src's lengths.</summary>
    internal static class ActivitySchema
    {
        public static void Declare(OrganizationSchema schema)
        {
            schema.DeclareTable(Account.EntityLogicalName, t => t
                .PrimaryName(Account.Name, 160)
                .Picklist(Account.Region, Values<Choices.Region>())
                .Picklist(Account.Segment, Values<Choices.Segment>())
                .Picklist(Account.Category, Values<Choices.Category>())
                .String(Account.CategoryReason, 500)
                .Boolean(Account.CategorySetByHand)
                .Boolean(Account.ExportaMas)
                .Boolean(Account.FollowUpOptOut)
                .Boolean(Account.FollowUpOptOutLocked)
                .Boolean(Account.BehaviourNoteInForce));
            schema.DeclareTable(ActionRecord.EntityLogicalName, t => t
                .PrimaryName(ActionRecord.Name, 200)
                .Lookup(ActionRecord.AccountId, Account.EntityLogicalName, CascadeDelete.Cascade, Relationships.AccountActions)
                .DateTime(ActionRecord.ActionDate)
                .Boolean(ActionRecord.Qualifies));
            schema.DeclareTable(CategoryHistory.EntityLogicalName, t => t
                .PrimaryName(CategoryHistory.Name, 200)
                .Lookup(CategoryHistory.AccountId, Account.EntityLogicalName, CascadeDelete.Cascade, Relationships.AccountCategoryHistory)
                .DateTime(CategoryHistory.ChangedOn)
                .Picklist(CategoryHistory.FromCategory, Values<Choices.Category>())
                .Picklist(CategoryHistory.ToCategory, Values<Choices.Category>())
                .String(CategoryHistory.Reason, 500));
            schema.DeclareTable(BehaviourNote.EntityLogicalName, t => t
                .PrimaryName(BehaviourNote.Name, 200)
                .Lookup(BehaviourNote.AccountId, Account.EntityLogicalName, CascadeDelete.Restrict, Relationships.AccountBehaviourNotes)
                .String(BehaviourNote.Agenda, 300)
                .Memo(BehaviourNote.Reason, 4000)
                .Picklist(BehaviourNote.Status, Values<Choices.NoteStatus>()));
            schema.DeclareTable(Holiday.EntityLogicalName, t => t
                .PrimaryName(Holiday.Name, 200)
                .OrganizationOwned()
                .DateTime(Holiday.Date)
                .Picklist(Holiday.Scope, Values<Choices.HolidayScope>())
                .Picklist(Holiday.Region, Values<Choices.Region>())
                .String(Holiday.Communes, 300)
                .String(Holiday.LegalBasis, 200));
            schema.DeclareTable(Setting.EntityLogicalName, t => t
                .PrimaryName(Setting.Name, 100)
                .OrganizationOwned()
                .String(Setting.Value, 4000));
        }

        private static int[] Values<TChoice>() where TChoice : Enum => Enum.GetValues(typeof(TChoice)).Cast<int>().ToArray();
    }
}
