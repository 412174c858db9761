using System;
using System.Linq;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>
    /// The solution's tables, declared from the Schema constants with Solution/src's lengths: every table the
    /// activities and the shipped plugins (registered beside them) read or write.
    /// </summary>
    internal static class ActivitySchema
    {
        public static void Declare(OrganizationSchema schema)
        {
            schema.DeclareTable(Account.EntityLogicalName, t => t
                .PrimaryName(Account.Name, 160)
                .String(Account.Email, 100).String(Account.Telephone, 50)
                .String(Account.Rut, 12)
                .Picklist(Account.Region, Values<Choices.Region>())
                .Picklist(Account.Segment, Values<Choices.Segment>())
                .String(Account.SegmentReason, 500)
                .Picklist(Account.Category, Values<Choices.Category>())
                .String(Account.CategoryReason, 500)
                .Boolean(Account.CategorySetByHand)
                .Boolean(Account.ExportaMas)
                .Boolean(Account.Exporter)
                .Picklist(Account.ExportPotential, Values<Choices.ExportPotential>())
                .Lookup(Account.ValidatedBy, "systemuser")
                .DateTime(Account.ValidatedOn)
                .String(Account.StrategicSector, 100)
                .Boolean(Account.SiiActivitiesStarted)
                .DateTime(Account.LastQualifyingAction)
                .Integer(Account.LastUserYear)
                .Boolean(Account.FollowUpOptOut)
                .Boolean(Account.FollowUpOptOutLocked)
                .Boolean(Account.BehaviourNoteInForce));
            schema.DeclareTable(ActionRecord.EntityLogicalName, t => t
                .PrimaryName(ActionRecord.Name, 200)
                .Lookup(ActionRecord.AccountId, Account.EntityLogicalName, CascadeDelete.Cascade, Relationships.AccountActions)
                .DateTime(ActionRecord.ActionDate)
                .Boolean(ActionRecord.Qualifies)
                .Memo(ActionRecord.Description, 4000));
            schema.DeclareTable(CategoryHistory.EntityLogicalName, t => t
                .PrimaryName(CategoryHistory.Name, 200)
                .Lookup(CategoryHistory.AccountId, Account.EntityLogicalName, CascadeDelete.Cascade, Relationships.AccountCategoryHistory)
                .DateTime(CategoryHistory.ChangedOn)
                .Picklist(CategoryHistory.FromCategory, Values<Choices.Category>())
                .Picklist(CategoryHistory.ToCategory, Values<Choices.Category>())
                .String(CategoryHistory.Reason, 500));
            schema.DeclareTable(Request.EntityLogicalName, t => t
                .PrimaryName(Request.Name, 200)
                .Lookup(Request.AccountId, Account.EntityLogicalName, CascadeDelete.Cascade, Relationships.AccountRequests)
                .Picklist(Request.Rule, Values<Choices.DeadlineRule>())
                .Picklist(Request.Office, Values<Choices.Region>())
                .String(Request.CommercialOffice, 100)
                .Picklist(Request.Channel, Values<Choices.Channel>())
                .Picklist(Request.Urgency, Values<Choices.Urgency>())
                .DateTime(Request.Start)
                .String(Request.Term, 100)
                .DateTime(Request.Due)
                .DateTime(Request.WarningAt)
                .Memo(Request.SkippedDays, 4000)
                .Picklist(Request.DeadlineStatus, Values<Choices.DeadlineStatus>())
                .DateTime(Request.AnsweredOn)
                .Boolean(Request.Compliant)
                .DateTime(Request.VisitDate)
                .Boolean(Request.ShortLeadTime));
            schema.DeclareTable(BehaviourNote.EntityLogicalName, t => t
                .PrimaryName(BehaviourNote.Name, 200)
                .Lookup(BehaviourNote.AccountId, Account.EntityLogicalName, CascadeDelete.Cascade, Relationships.AccountBehaviourNotes)
                .String(BehaviourNote.Agenda, 300)
                .Memo(BehaviourNote.Reason, 4000)
                .Picklist(BehaviourNote.Status, Values<Choices.NoteStatus>())
                .DateTime(BehaviourNote.PostedOn)
                .DateTime(BehaviourNote.NotifiedOn)
                .DateTime(BehaviourNote.DefenceDue)
                .DateTime(BehaviourNote.DefenceFiledOn)
                .Memo(BehaviourNote.Defence, 4000)
                .DateTime(BehaviourNote.ResolvedOn)
                .DateTime(BehaviourNote.InForceUntil));
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
                .String(Setting.Value, 4000)
                .Memo(Setting.Description, 2000)
                .String(Setting.Rule, 20));
            schema.DeclareTable(TaskActivity.EntityLogicalName, t => t
                .PrimaryId(TaskActivity.PrimaryId)
                .PrimaryName(TaskActivity.Subject, 200)
                .Memo(TaskActivity.Description, 2000)
                .Lookup(TaskActivity.Regarding, Account.EntityLogicalName)
                .DateTime(TaskActivity.ScheduledEnd));
            schema.DeclareTable(EmailActivity.EntityLogicalName, t => t
                .PrimaryId(EmailActivity.PrimaryId)
                .PrimaryName(EmailActivity.Subject, 200)
                .Memo(EmailActivity.Description, 2000)
                .Lookup(EmailActivity.Regarding, Account.EntityLogicalName)
                .DateTime(EmailActivity.ScheduledStart));
        }

        private static int[] Values<TChoice>() where TChoice : Enum => Enum.GetValues(typeof(TChoice)).Cast<int>().ToArray();
    }
}
