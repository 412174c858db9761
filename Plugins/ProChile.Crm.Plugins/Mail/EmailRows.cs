using System;
using Microsoft.Xrm.Sdk;
using ActivityParty = ProChile.Crm.Dataverse.Schema.ActivityParty;
using EmailActivity = ProChile.Crm.Dataverse.Schema.EmailActivity;

namespace ProChile.Crm.Plugins.Mail
{
    /// <summary>
    /// R1: the email rows the solution writes. Each has its sender or recipient from the R1 settings as an activity
    /// party with the address used (a bare address: the regional mailboxes are addresses, not users); an email
    /// is marked for sending by its scheduled start, as every email of the solution is (a scheduled flow sends
    /// due drafts from the address in <c>from</c>); one without a scheduled start stays a draft for a person, and one
    /// without <c>from</c> goes from its owner, as Dataverse defaults it.
    /// </summary>
    internal static class EmailRows
    {
        public static Entity Email(string subject, string body, EntityReference regarding, EntityCollection? from, EntityCollection to, DateTime? sendAt)
        {
            var row = new Entity(EmailActivity.EntityLogicalName)
            {
                [EmailActivity.Subject] = subject,
                [EmailActivity.Description] = body,
                [EmailActivity.Regarding] = regarding,
                [EmailActivity.To] = to,
            };
            if (from is not null)
            {
                row[EmailActivity.From] = from;
            }
            if (sendAt is DateTime at)
            {
                row[EmailActivity.ScheduledStart] = at;
            }
            return row;
        }

        /// <summary>A party given by its address alone (a mailbox of R1).</summary>
        public static EntityCollection Address(string address) =>
            new EntityCollection(new[] { new Entity(ActivityParty.EntityLogicalName) { [ActivityParty.AddressUsed] = address } }) { EntityName = ActivityParty.EntityLogicalName };

        /// <summary>A party that is a row, reached at <paramref name="address"/> (e.g. the account at its contact email).</summary>
        public static EntityCollection Party(EntityReference party, string? address)
        {
            var row = new Entity(ActivityParty.EntityLogicalName) { [ActivityParty.PartyId] = party };
            if (!string.IsNullOrEmpty(address))
            {
                row[ActivityParty.AddressUsed] = address;
            }
            return new EntityCollection(new[] { row }) { EntityName = ActivityParty.EntityLogicalName };
        }
    }
}
