extern alias shipped;

using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Metadata;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using EmailActivity = shipped::ProChile.Crm.Dataverse.Schema.EmailActivity;
using TaskActivity = shipped::ProChile.Crm.Dataverse.Schema.TaskActivity;

namespace ProChile.Crm.LocalOrganization.Solution
{
    /// <summary>
    /// What Dataverse itself defines on the system tables the plugins write or read, with Dataverse's lengths and
    /// states, taken from Microsoft's table/entity reference (each page cited beside its data). Solution/src does not
    /// hold these, so without them the local organization would accept a 300-character task subject that Dataverse
    /// refuses. The values are written here, not read from the plugins' Schema constants, so a test can hold the
    /// two equal and catch a wrong constant.
    /// </summary>
    public static class DataverseSystemColumns
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account
        // (Name String 160, AccountNumber 20, EMailAddress1 100, Telephone1 50, Address1_City 80, Address1_Country 80).
        private static readonly IReadOnlyDictionary<string, int> AccountTextLengths = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Account.Name] = 160,
            ["accountnumber"] = 20,
            [Account.Email] = 100,
            [Account.Telephone] = 50,
            ["address1_city"] = 80,
            ["address1_country"] = 80,
        };

        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task
        // (Subject String MaxLength 200, Description Memo MaxLength 2000).
        public const int TaskSubjectLength = 200;
        public const int TaskDescriptionLength = 2000;

        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email
        // (Subject String MaxLength 800, Description Memo MaxLength 1073741823).
        public const int EmailSubjectLength = 800;
        public const int EmailDescriptionLength = 1073741823;

        /// <summary>
        /// task's states (same page): Open 0 (Not Started 2, In Progress 3, Waiting on someone else 4, Deferred 7),
        /// Completed 1 (5), Canceled 2 (6).
        /// </summary>
        public static StateModel TaskStates { get; } = new StateModel().State(0, "Open", 2, 3, 4, 7).State(1, "Completed", 5).State(2, "Canceled", 6);

        /// <summary>
        /// email's states (same page): Open 0 (Draft 1, Failed 8), Completed 1 (Completed 2, Sent 3, Received 4,
        /// Pending Send 6, Sending 7), Canceled 2 (5).
        /// </summary>
        public static StateModel EmailStates { get; } = new StateModel().State(0, "Open", 1, 8).State(1, "Completed", 2, 3, 4, 6, 7).State(2, "Canceled", 5);

        /// <summary>Dataverse's length of one of account's system text columns.</summary>
        /// <exception cref="ArgumentException">The column's length is not recorded here: add it from the reference page, never guess.</exception>
        public static int AccountTextLength(string column) =>
            AccountTextLengths.TryGetValue(column, out var length)
                ? length
                : throw new ArgumentException($"account.{column}: its length is not recorded in {nameof(DataverseSystemColumns)}; add it from Microsoft's account table reference.", nameof(column));

        /// <summary>Declares task with the columns the follow-up plugin writes and reads (F1).</summary>
        internal static void DeclareTask(OrganizationSchema schema) =>
            schema.DeclareTable(TaskActivity.EntityLogicalName, t => t
                .PrimaryId(TaskActivity.PrimaryId)
                .WithStates(TaskStates)
                .PrimaryName(TaskActivity.Subject, TaskSubjectLength)
                .Memo(TaskActivity.Description, TaskDescriptionLength)
                .Lookup(TaskActivity.Regarding, Account.EntityLogicalName)
                .DateTime(TaskActivity.ScheduledEnd));

        // Same page: from and to are PartyList columns; from's targets account, contact, queue, systemuser; to's also lead.
        private static readonly string[] FromTargets = { Account.EntityLogicalName, "contact", "queue", "systemuser" };
        private static readonly string[] ToTargets = { Account.EntityLogicalName, "contact", "lead", "queue", "systemuser" };

        /// <summary>
        /// Declares email with the columns the follow-up (F2), S4, R1 and breach-alert (D6) code writes and reads; the D6
        /// alert's "to" holds the region's mailbox (R1) as an unresolved address.
        /// </summary>
        internal static void DeclareEmail(OrganizationSchema schema) =>
            schema.DeclareTable(EmailActivity.EntityLogicalName, t => t
                .PrimaryId(EmailActivity.PrimaryId)
                .WithStates(EmailStates)
                .PrimaryName(EmailActivity.Subject, EmailSubjectLength)
                .Memo(EmailActivity.Description, EmailDescriptionLength)
                .Lookup(EmailActivity.Regarding, Account.EntityLogicalName)
                .DateTime(EmailActivity.ScheduledStart)
                .PartyList(EmailActivity.From, FromTargets)
                .PartyList(EmailActivity.To, ToTargets));
    }
}
