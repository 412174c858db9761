using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Mail;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.FollowUps;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using ActionRecord = ProChile.Crm.Dataverse.Schema.ActionRecord;
using EmailActivity = ProChile.Crm.Dataverse.Schema.EmailActivity;
using TaskActivity = ProChile.Crm.Dataverse.Schema.TaskActivity;

namespace ProChile.Crm.Plugins.Actions
{
    /// <summary>
    /// F1/F2: schedules the follow-ups of a registered action (taken as the activity that ended on the action's
    /// date), as the rules' <see cref="FollowUpPlanner"/> plans them by the company's category: category 1, a
    /// <c>task</c> for the executive who owns the account, due at the end of the due day; categories 2 and 3,
    /// draft <c>email</c> activities in the executive's name whose scheduled start is the day to send them
    /// (a scheduled flow sends due drafts), from the region's mailbox (R1) to the company's contact email. Asynchronous, after the category has settled, and idempotent: each
    /// follow-up's subject carries the action's reference, and one that already exists is not created again,
    /// so a retried job changes nothing.
    /// Budget: 1 Retrieve (account), 1 RetrieveMultiple (settings), 1 RetrieveMultiple per activity table
    /// planned (existing follow-ups), 1 Create per new follow-up.
    /// </summary>
    [PluginStep(MessageName.Create, ActionRecord.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PostImageAttributes = new[] { ActionRecord.AccountId, ActionRecord.ActionDate, ActionRecord.Name },
        Description = "F1/F2: tarea del ejecutivo (categoría 1) o correos automáticos (categorías 2 y 3) tras la acción.")]
    public sealed class ActionFollowUpPlugin : PluginBase
    {
        private readonly RegionDates regionDates = new RegionDates();

        protected override void Execute(PluginExecution execution)
        {
            var action = execution.GetRequiredPostImage();
            var accountRef = ColumnValues.GetReference(action, ActionRecord.AccountId);
            var actionDate = ColumnValues.GetDate(action, ActionRecord.ActionDate);
            if (accountRef is null || actionDate is null)
            {
                execution.Trace("la acción no tiene empresa o fecha; no hay seguimiento que programar.");
                return;
            }
            // The plan depends on the company as it is, whoever registered the action (a commercial executive may not own it).
            var account = execution.SystemService.Retrieve(Account.EntityLogicalName, accountRef.Id,
                new ColumnSet(Account.Category, Account.FollowUpOptOut, Account.Owner, Account.Region, Account.Email));
            var owner = ColumnValues.GetReference(account, Account.Owner);
            var activity = new FinishedActivity(execution.PrimaryId.ToString("D"), actionDate.Value, owner?.Name ?? "su ejecutivo(a)", null);
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            var plan = FollowUpPlanner.ForFinishedActivity(activity, AccountRow.StoredCategory(account),
                ColumnValues.GetBool(account, Account.FollowUpOptOut) == true, settings);
            foreach (var reason in plan.LeftOut)
            {
                execution.Trace("{0}", reason);
            }

            var region = ColumnValues.GetChoice(account, Account.Region);
            var zone = regionDates.ZoneOf(region);
            // R1: the emails go from the region's mailbox, in the executive's name, to the company's contact email.
            var mailbox = region is int value && RegionChoices.TryGetOfficeSlug(value, out var slug) ? settings.Mailboxes.For(slug) : null;
            var parties = new EmailParties(mailbox is null ? null : EmailRows.Address(mailbox), EmailRows.Party(accountRef, ColumnValues.GetString(account, Account.Email)));
            var name = ColumnValues.GetString(action, ActionRecord.Name) ?? "acción";
            var reference = $"» del {SpanishFormat.Date(actionDate.Value.ToDateTime())}, ref. {execution.PrimaryId.ToString("N").Substring(0, 8)}";
            foreach (var group in plan.Due.GroupBy(f => f.Kind == FollowUpKind.ExecutiveTask))
            {
                var table = group.Key ? TaskActivity.EntityLogicalName : EmailActivity.EntityLogicalName;
                var planned = group.ToDictionary(f => Subject(f.Kind, name, reference), f => f);
                // Idempotence must see every follow-up of the company, not only the caller's.
                var existing = ExistingSubjects(execution.SystemService, table, accountRef.Id, planned.Keys);
                foreach (var item in planned.Where(p => !existing.Contains(p.Key)))
                {
                    // Follow-ups are owned by the company's executive, not by whoever registered the action.
                    execution.SystemService.Create(ToActivity(table, item.Key, item.Value, accountRef, owner, zone, parties));
                }
            }
        }

        private static Entity ToActivity(string table, string subject, FollowUp followUp, EntityReference account, EntityReference? owner, OfficeTimeZone zone, EmailParties parties)
        {
            // task and email share the activity columns (subject, description, regarding, owner).
            var row = new Entity(table)
            {
                [TaskActivity.Subject] = subject,
                [TaskActivity.Description] = ColumnText.Fit(followUp.Reason.Text,
                    followUp.Kind == FollowUpKind.ExecutiveTask ? TaskActivity.DescriptionMaxLength : EmailActivity.DescriptionMaxLength),
                [TaskActivity.Regarding] = account,
            };
            if (owner is not null)
            {
                row[TaskActivity.Owner] = owner;
            }
            if (followUp.Kind == FollowUpKind.ExecutiveTask)
            {
                row[TaskActivity.ScheduledEnd] = zone.DayEndUtc(followUp.DueOn);
            }
            else
            {
                row[EmailActivity.ScheduledStart] = zone.DayStartUtc(followUp.DueOn);
                row[EmailActivity.To] = parties.To;
                if (parties.From is not null)
                {
                    row[EmailActivity.From] = parties.From;
                }
            }
            return row;
        }

        /// <summary>R1: the sender (the region's mailbox; null without region, so the owner sends) and the recipient of the F2 emails.</summary>
        private sealed class EmailParties
        {
            public EmailParties(EntityCollection? from, EntityCollection to)
            {
                From = from;
                To = to;
            }

            public EntityCollection? From { get; }

            public EntityCollection To { get; }
        }

        // The action's name is the part cut to fit the column (an action name may take 200 characters, a task
        // subject too): the date and reference stay whole, because finding an existing follow-up relies on them.
        private static string Subject(FollowUpKind kind, string actionName, string reference)
        {
            switch (kind)
            {
                case FollowUpKind.ExecutiveTask:
                    return ColumnText.FitPart("F1: seguimiento directo de la acción «", actionName, reference, TaskActivity.SubjectMaxLength);
                case FollowUpKind.CheckInEmail:
                    return ColumnText.FitPart("F2: correo de seguimiento del mes, acción «", actionName, reference, EmailActivity.SubjectMaxLength);
                default:
                    return ColumnText.FitPart("F2: correo sobre concreción de negocios, acción «", actionName, reference, EmailActivity.SubjectMaxLength);
            }
        }

        private static HashSet<string> ExistingSubjects(IOrganizationService service, string table, Guid accountId, IEnumerable<string> subjects)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(TaskActivity.Subject) };
            query.Criteria.AddCondition(TaskActivity.Regarding, ConditionOperator.Equal, accountId);
            query.Criteria.AddCondition(TaskActivity.Subject, ConditionOperator.In, subjects.Cast<object>().ToArray());
            return new HashSet<string>(service.RetrieveMultiple(query).Entities
                .Select(row => ColumnValues.GetString(row, TaskActivity.Subject) ?? string.Empty), StringComparer.Ordinal);
        }
    }
}
