using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.FollowUps;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using Choices = ProChile.Crm.Dataverse.Schema.Choices;
using Request = ProChile.Crm.Dataverse.Schema.Request;
using TaskActivity = ProChile.Crm.Dataverse.Schema.TaskActivity;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// F3: at each quarter's end, each commercial executive gets one task listing the companies attended in the
    /// quarter with the reason for each (the rules' <see cref="QuarterlyReview"/>), and each company on a list
    /// shows it in the "Revisión trimestral" view (reviewer, quarter, reason). An attention is a request a
    /// commercial office owed (a commercial office is set) answered in the quarter, by its owner; it counts as One
    /// Click Import contacts when it came through One Click Import or Oportunidades Comerciales; the company's
    /// survey columns say whether it answered the satisfaction survey in the quarter and projected business.
    /// Quarters are Chile's (Santiago). Runs only on a quarter's last day and the catch-up days after it
    /// (<see cref="QuarterReviewSchedule"/>); idempotent per quarter and executive: an executive who has the
    /// quarter's task gets no other, and a company whose review columns hold already is not written.
    /// Service calls on a review day: 1 RetrieveMultiple per page of attentions, 1 RetrieveMultiple (existing
    /// tasks), 1 Create per executive without the task, 1 Update per company whose review columns changed; else 0.
    /// </summary>
    internal static class QuarterReviewSweep
    {
        private const string CompanyAlias = "company";

        public static void Run(SweepRun sweep, RegionDates regionDates)
        {
            var zone = regionDates.ZoneOf((int)Choices.Region.Metropolitana);
            if (!(QuarterReviewSchedule.QuarterToReview(zone.DateAt(sweep.NowUtc)) is Quarter quarter))
            {
                return;
            }
            var rows = sweep.ReadAll(Attentions(zone.DayStartUtc(quarter.FirstDay), zone.DayEndUtc(quarter.LastDay)), Request.PrimaryId);
            var executives = new Dictionary<string, EntityReference>(StringComparer.OrdinalIgnoreCase);
            var companies = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
            var attentions = rows.Select(row => Attention(row, quarter, zone, executives, companies)).ToArray();
            var lists = QuarterlyReview.For(quarter, attentions);
            if (lists.Count == 0)
            {
                sweep.Trace("F3: sin atenciones de oficinas comerciales en el {0}.", quarter);
                return;
            }
            CreateMissingTasks(sweep, quarter, zone, lists, executives);
            MarkCompanies(sweep, quarter, lists, executives, companies);
        }

        private static void CreateMissingTasks(SweepRun sweep, Quarter quarter, OfficeTimeZone zone, IReadOnlyList<QuarterReviewList> lists, IReadOnlyDictionary<string, EntityReference> executives)
        {
            var subject = QuarterReviewTask.Subject(quarter);
            var existing = new QueryExpression(TaskActivity.EntityLogicalName) { ColumnSet = new ColumnSet(TaskActivity.Owner) };
            existing.Criteria.AddCondition(TaskActivity.Subject, ConditionOperator.Equal, subject);
            // SYSTEM: idempotency must see every executive's task, whoever runs the sweep.
            var owners = new HashSet<Guid>(sweep.Service.RetrieveMultiple(existing).Entities
                .Select(t => ColumnValues.GetReference(t, TaskActivity.Owner)?.Id ?? Guid.Empty));
            foreach (var list in lists.Where(l => !owners.Contains(executives[l.CommercialExecutive].Id)))
            {
                var task = new Entity(TaskActivity.EntityLogicalName)
                {
                    [TaskActivity.Subject] = subject,
                    [TaskActivity.Description] = ColumnText.Fit(QuarterReviewTask.Description(list), TaskActivity.DescriptionMaxLength),
                    [TaskActivity.ScheduledEnd] = zone.DayEndUtc(quarter.LastDay),
                    [TaskActivity.Owner] = executives[list.CommercialExecutive],
                };
                if (sweep.TryUpdate(task, () =>
                {
                    // SYSTEM: the task is assigned to the commercial executive, which the sweep's user may not do by hand.
                    sweep.Service.Create(task);
                    return true;
                }))
                {
                    sweep.Tally.QuarterReviewTasks++;
                }
            }
        }

        // The view's columns: a company attended by several executives shows the one who attended it most.
        private static void MarkCompanies(SweepRun sweep, Quarter quarter, IReadOnlyList<QuarterReviewList> lists,
            IReadOnlyDictionary<string, EntityReference> executives, IReadOnlyDictionary<string, Entity> companies)
        {
            var reviewOn = quarter.LastDay.ToDateTime();
            var chosen = lists
                // KeyValuePair, not a tuple: net462 has no System.ValueTuple.
                .SelectMany(list => list.Companies.Select(item => new KeyValuePair<EntityReference, QuarterReviewItem>(executives[list.CommercialExecutive], item)))
                .GroupBy(pair => pair.Value.CompanyId, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderByDescending(pair => pair.Value.Attentions).First());
            foreach (var pair in chosen)
            {
                var executive = pair.Key;
                var item = pair.Value;
                var current = companies[item.CompanyId];
                var reason = ColumnText.Fit(QuarterReviewTask.Reason(item), Account.QuarterReviewReasonMaxLength);
                if (Aliased(current, Account.QuarterReviewer) is EntityReference reviewer && reviewer.Id == executive.Id
                    && Aliased(current, Account.QuarterReviewOn) is DateTime on && on.Date == reviewOn
                    && Aliased(current, Account.QuarterReviewReason) as string == reason)
                {
                    continue;
                }
                var update = new Entity(Account.EntityLogicalName, Guid.Parse(item.CompanyId))
                {
                    [Account.QuarterReviewer] = executive,
                    [Account.QuarterReviewOn] = reviewOn,
                    [Account.QuarterReviewReason] = reason,
                };
                // SYSTEM: the review columns are bookkeeping on companies the sweep's user may not own.
                sweep.TryUpdate(update, () =>
                {
                    sweep.Service.Update(update);
                    return true;
                });
            }
        }

        private static ForeignCompanyAttention Attention(Entity row, Quarter quarter, OfficeTimeZone zone,
            Dictionary<string, EntityReference> executives, Dictionary<string, Entity> companies)
        {
            var company = ColumnValues.GetReference(row, Request.AccountId)!;
            var owner = ColumnValues.GetReference(row, Request.Owner)!;
            var executive = owner.Id.ToString("D");
            executives[executive] = new EntityReference(owner.LogicalName, owner.Id);
            var companyId = company.Id.ToString("D");
            companies[companyId] = row;
            var surveyOn = Aliased(row, Account.SurveyAnsweredOn) as DateTime?;
            bool answeredSurvey = surveyOn is DateTime date && quarter.Contains(CivilDate.FromDateTime(date));
            var channel = ColumnValues.GetChoice(row, Request.Channel);
            return new ForeignCompanyAttention
            {
                CompanyId = companyId,
                CompanyName = Aliased(row, Account.Name) as string ?? companyId,
                CommercialExecutive = executive,
                AttendedOn = zone.DateAt(ColumnValues.GetInstant(row, Request.AnsweredOn)!.Value),
                AnsweredSatisfactionSurvey = answeredSurvey,
                ProjectedBusiness = answeredSurvey && Aliased(row, Account.SurveyProjectedBusiness) as bool? == true,
                ReceivedOneClickImportContacts = channel == (int)Choices.Channel.OneClickImport || channel == (int)Choices.Channel.CommercialOpportunities,
            };
        }

        private static object? Aliased(Entity row, string column) =>
            row.Contains(CompanyAlias + "." + column) && row[CompanyAlias + "." + column] is AliasedValue aliased ? aliased.Value : null;

        private static QueryExpression Attentions(DateTime fromUtc, DateTime toUtc)
        {
            var query = new QueryExpression(Request.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(Request.AccountId, Request.Owner, Request.Channel, Request.AnsweredOn),
            };
            query.Criteria.AddCondition(Request.CommercialOffice, ConditionOperator.NotNull);
            query.Criteria.AddCondition(Request.AccountId, ConditionOperator.NotNull);
            query.Criteria.AddCondition(Request.AnsweredOn, ConditionOperator.Between, fromUtc, toUtc);
            var company = query.AddLink(Account.EntityLogicalName, Request.AccountId, Account.PrimaryId, JoinOperator.Inner);
            company.EntityAlias = CompanyAlias;
            company.Columns = new ColumnSet(Account.Name, Account.SurveyAnsweredOn, Account.SurveyProjectedBusiness,
                Account.QuarterReviewer, Account.QuarterReviewOn, Account.QuarterReviewReason);
            return query;
        }
    }
}
