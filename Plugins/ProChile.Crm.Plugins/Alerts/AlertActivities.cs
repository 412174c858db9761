using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Alerts
{
    /// <summary>
    /// D6: alert activities (tasks and draft emails) created once. Each subject ends with the reference of the row it
    /// is about and the kind of alert, so a second sweep, a retried asynchronous job or a status that bounces back
    /// finds the activity already there and creates nothing more. Texts are cut to the columns' lengths
    /// (subject 200, description 2000), keeping the reference whole, with the fitting every other text uses.
    /// </summary>
    internal static class AlertActivities
    {

        /// <summary>"ref. 1a2b3c4d": the first 8 hex digits of the row's id, as the follow-ups (F1/F2) name their action.</summary>
        public static string Reference(Guid id) => "ref. " + id.ToString("N").Substring(0, 8);

        /// <summary>A subject of at most 200 characters: <paramref name="head"/> shortened with «…» if needed, then <paramref name="tail"/> whole.</summary>
        public static string Subject(string head, string tail) => ColumnText.FitPart(string.Empty, head, tail, TaskActivity.SubjectMaxLength);

        public static string Description(string text) => ColumnText.Fit(text, TaskActivity.DescriptionMaxLength);

        /// <summary>
        /// Creates <paramref name="activity"/> unless one of its table with the same subject, regarding the same row,
        /// exists; true when created. The regarding row makes the key exact (the subject's reference is only 8 hex
        /// digits of the id) and lets the query use the lookup's index instead of reading every activity's subject.
        /// </summary>
        public static bool CreateOnce(IOrganizationService service, Entity activity)
        {
            var subject = activity.GetAttributeValue<string>(TaskActivity.Subject);
            var query = new QueryExpression(activity.LogicalName) { ColumnSet = new ColumnSet(TaskActivity.PrimaryId), TopCount = 1 };
            if (activity.GetAttributeValue<EntityReference>(TaskActivity.Regarding) is EntityReference regarding)
            {
                query.Criteria.AddCondition(TaskActivity.Regarding, ConditionOperator.Equal, regarding.Id);
            }
            query.Criteria.AddCondition(TaskActivity.Subject, ConditionOperator.Equal, subject);
            if (service.RetrieveMultiple(query).Entities.Any())
            {
                return false;
            }
            service.Create(activity);
            return true;
        }

        public static Entity Task(string subject, string description, EntityReference? regarding, EntityReference? owner, DateTime? dueUtc)
        {
            var task = new Entity(TaskActivity.EntityLogicalName)
            {
                [TaskActivity.Subject] = subject,
                [TaskActivity.Description] = Description(description),
            };
            if (regarding != null) task[TaskActivity.Regarding] = regarding;
            if (owner != null) task[TaskActivity.Owner] = owner;
            if (dueUtc != null) task[TaskActivity.ScheduledEnd] = dueUtc.Value;
            return task;
        }
    }
}
