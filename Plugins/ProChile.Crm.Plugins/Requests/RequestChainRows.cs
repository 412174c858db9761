using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Deadlines;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>S2/S11/S12: the successor row a chain step creates from its predecessor's post-image.</summary>
    internal static class RequestChainRows
    {
        /// <summary>
        /// The successor: its rule chosen, starting at the predecessor's answer, for the same company, regional
        /// office, commercial office and urgency, owned by whoever owns the predecessor, pointing back to it.
        /// </summary>
        public static Entity Successor(Entity predecessor, Guid predecessorId, DeadlineRule rule, DateTime start)
        {
            var row = new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = Name(rule, ColumnValues.GetString(predecessor, Request.Name)),
                [Request.Rule] = new OptionSetValue(DeadlineChoices.ToChoice(rule.Id)),
                [Request.Start] = start,
                [Request.Predecessor] = new EntityReference(Request.EntityLogicalName, predecessorId),
            };
            foreach (var column in new[] { Request.AccountId, Request.Office, Request.CommercialOffice, Request.Urgency, Request.Owner })
            {
                if (predecessor.Contains(column) && predecessor[column] is not null)
                {
                    row[column] = predecessor[column];
                }
            }
            return row;
        }

        /// <summary>"S2: Realizar la entrevista o visita … (tras «name»)", the predecessor's name cut to fit the column.</summary>
        public static string Name(DeadlineRule rule, string? predecessorName) =>
            string.IsNullOrEmpty(predecessorName)
                ? ColumnText.Fit($"{rule.Id}: {rule.Description}", Request.NameMaxLength)
                : ColumnText.FitPart($"{rule.Id}: {rule.Description} (tras «", predecessorName!, "»)", Request.NameMaxLength);
    }
}
