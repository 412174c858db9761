namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>The system task activity: F1, the executive's follow-up of a category-1 company.</summary>
    public static class TaskActivity
    {
        public const string EntityLogicalName = "task";
        public const string PrimaryId = "activityid";
        public const string Subject = "subject";
        /// <summary>Dataverse's length of task.subject (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task).</summary>
        public const int SubjectMaxLength = 200;
        public const string Description = "description";
        /// <summary>Dataverse's length of task.description (same page).</summary>
        public const int DescriptionMaxLength = 2000;
        /// <summary>The record the activity is about (here: the account).</summary>
        public const string Regarding = "regardingobjectid";
        /// <summary>The executive who must do it.</summary>
        public const string Owner = "ownerid";
        /// <summary>When it is due.</summary>
        public const string ScheduledEnd = "scheduledend";
        public const string StateCode = "statecode";
    }

    /// <summary>
    /// The system email activity: F2, the automated follow-up emails of categories 2 and 3. The plugins create
    /// them as drafts with the instant to send in <see cref="ScheduledStart"/>; the sender (a scheduled flow)
    /// sends drafts whose instant has passed, in the owner's (the executive's) name.
    /// </summary>
    public static class EmailActivity
    {
        public const string EntityLogicalName = "email";
        public const string PrimaryId = "activityid";
        public const string Subject = "subject";
        /// <summary>Dataverse's length of email.subject (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email).</summary>
        public const int SubjectMaxLength = 800;
        public const string Description = "description";
        /// <summary>Dataverse's length of email.description (same page).</summary>
        public const int DescriptionMaxLength = 1073741823;
        public const string Regarding = "regardingobjectid";
        /// <summary>The executive in whose name the email goes.</summary>
        public const string Owner = "ownerid";
        /// <summary>When to send it.</summary>
        public const string ScheduledStart = "scheduledstart";
        public const string StateCode = "statecode";
        /// <summary>R1: the sender, a party list (<see cref="ActivityParty"/>): the region's mailbox.</summary>
        public const string From = "from";
        /// <summary>
        /// The recipients, a party list (<see cref="ActivityParty"/>): the company's contact email, the registration
        /// mailbox, or (D6 breach alert) the region's mailbox.
        /// </summary>
        public const string To = "to";
    }

    /// <summary>activityparty: one sender or recipient of an activity, a row (partyid) or a bare address (addressused).</summary>
    public static class ActivityParty
    {
        public const string EntityLogicalName = "activityparty";
        /// <summary>The party's row (account, contact, systemuser, queue).</summary>
        public const string PartyId = "partyid";
        /// <summary>
        /// The email address used, for a party with no row (e.g. a regional office's generic mailbox, R1) or to choose
        /// the row's address.
        /// </summary>
        public const string AddressUsed = "addressused";
    }
}
