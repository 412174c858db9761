extern alias shipped;

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.Simulation.Organization;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using ActionRecord = shipped::ProChile.Crm.Dataverse.Schema.ActionRecord;
using BehaviourNote = shipped::ProChile.Crm.Dataverse.Schema.BehaviourNote;
using CategoryHistory = shipped::ProChile.Crm.Dataverse.Schema.CategoryHistory;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;
using EmailActivity = shipped::ProChile.Crm.Dataverse.Schema.EmailActivity;
using Request = shipped::ProChile.Crm.Dataverse.Schema.Request;
using TaskActivity = shipped::ProChile.Crm.Dataverse.Schema.TaskActivity;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// Counts what a cohort's organization holds at a year's end and adds cohorts together. The rows are read page by
    /// page, only the columns a count needs, and counted as they arrive (nothing is kept but the counts). The state
    /// at the year's end (segments, categories, users, notes in force) is every account's; what happened in the year
    /// (history rows, follow-ups, requests, notes) is what was created in it. Counts only add, so the result does not
    /// depend on how companies were split.
    /// </summary>
    internal sealed class SummaryBuilder
    {
        private readonly SolutionSchema schema;
        private readonly int year;
        private readonly Dictionary<int, int> segments = new();
        private readonly Dictionary<int, int> categories = new();
        private readonly Dictionary<int, int> noteStatuses = new();
        private readonly Dictionary<(string Office, int Rule), DeadlineTally> deadlines = new();
        private readonly RunTallies tallies = new();
        private int actionsInYear;
        private int usersOfTheYear;
        private int formerUsers;
        private int categoryChanges;
        private int tasks;
        private int emails;
        private int alertTasks;
        private int alertEmails;
        private int guidanceEmails;
        private int registrationReports;
        // F3 tasks by subject (one per quarter): every cohort has its own commercial executive standing for the same
        // offices, so a quarter reviewed in several cohorts is one task, as in one organization.
        private readonly HashSet<string> reviewTasks = new(StringComparer.Ordinal);
        private int withoutRegion;
        private readonly ChainTally contactChains = new();
        private readonly ChainTally demandChains = new();
        private int withoutDeadline;
        private int notesInForce;

        public SummaryBuilder(SolutionSchema schema, int year)
        {
            this.schema = schema;
            this.year = year;
        }

        /// <param name="fromUtc">Where the year began for this organization (the previous year's end; null for its first year).</param>
        public void Add(LocalOrganization.LocalOrganization organization, DateTime? fromUtc, DateTime yearEndUtc, RunTallies run)
        {
            var regionOf = new Dictionary<Guid, int?>();
            foreach (var account in Rows(organization, Account.EntityLogicalName, null,
                Account.Region, Account.Segment, Account.Category, Account.LastUserYear, Account.BehaviourNoteInForce))
            {
                regionOf.Add(account.Id, Choice(account, Account.Region));
                CountAccount(account);
            }
            foreach (var action in Rows(organization, ActionRecord.EntityLogicalName, null, ActionRecord.ActionDate))
            {
                if (action.GetAttributeValue<DateTime?>(ActionRecord.ActionDate)?.Year == year)
                {
                    actionsInYear++;
                }
            }
            categoryChanges += Count(organization, CategoryHistory.EntityLogicalName, fromUtc);
            CountActivities(Rows(organization, TaskActivity.EntityLogicalName, fromUtc, TaskActivity.Subject), Rows(organization, EmailActivity.EntityLogicalName, fromUtc, TaskActivity.Subject));
            // The chains pair each request with its successor, so the year's requests (only the columns counted) are kept until then.
            var requests = new List<Entity>();
            foreach (var request in Rows(organization, Request.EntityLogicalName, fromUtc,
                Request.Rule, Request.Office, Request.CommercialOffice, Request.ShortLeadTime, Request.AnsweredOn, Request.Compliant, Request.Due, Request.Successor))
            {
                CountRequest(request, yearEndUtc);
                requests.Add(request);
            }
            CountChains(requests);
            foreach (var note in Rows(organization, BehaviourNote.EntityLogicalName, fromUtc,
                BehaviourNote.Status, BehaviourNote.NotifiedOn, BehaviourNote.AccountId, BehaviourNote.DefenceFiledOn, BehaviourNote.DefenceDue))
            {
                CountNote(note, regionOf, yearEndUtc);
            }
            tallies.AddAll(run);
        }

        public void AddAll(SummaryBuilder other)
        {
            Merge(segments, other.segments);
            Merge(categories, other.categories);
            Merge(noteStatuses, other.noteStatuses);
            foreach (var (key, tally) in other.deadlines)
            {
                var mine = Tally(key.Office, key.Rule);
                mine.Met += tally.Met;
                mine.Breached += tally.Breached;
                mine.Open += tally.Open;
            }
            tallies.AddAll(other.tallies);
            actionsInYear += other.actionsInYear;
            usersOfTheYear += other.usersOfTheYear;
            formerUsers += other.formerUsers;
            categoryChanges += other.categoryChanges;
            tasks += other.tasks;
            emails += other.emails;
            alertTasks += other.alertTasks;
            alertEmails += other.alertEmails;
            guidanceEmails += other.guidanceEmails;
            registrationReports += other.registrationReports;
            reviewTasks.UnionWith(other.reviewTasks);
            withoutRegion += other.withoutRegion;
            contactChains.Add(other.contactChains);
            demandChains.Add(other.demandChains);
            withoutDeadline += other.withoutDeadline;
            notesInForce += other.notesInForce;
        }

        // D6 request alerts, and the N3/S8 note alerts: the subjects the alert plugins write.
        public SimulationSummary Build(int companies, int seed) => new SimulationSummary
        {
            Year = year,
            Seed = seed,
            Companies = companies,
            Segments = Labelled(Choices.OptionSetNames.Segment, segments),
            Categories = Labelled(Choices.OptionSetNames.Category, categories),
            ActionsInYear = actionsInYear,
            UsersOfTheYear = usersOfTheYear,
            FormerUsers = formerUsers,
            CategoryChangesRecorded = categoryChanges,
            FollowUpTasks = tasks,
            FollowUpEmails = emails,
            AlertTasks = alertTasks,
            AlertEmails = alertEmails,
            GuidanceEmails = guidanceEmails,
            RegistrationReports = registrationReports,
            QuarterReviewTasks = reviewTasks.Count,
            CompaniesWithoutRegion = withoutRegion,
            ContactChains = contactChains,
            DemandChains = demandChains,
            Deadlines = deadlines.Values
                .OrderBy(d => d.OfficeOrder).ThenBy(d => d.Office, StringComparer.Ordinal).ThenBy(d => d.RuleOrder)
                .ToList(),
            RequestsWithoutDeadline = withoutDeadline,
            NotesByStatus = Labelled(Choices.OptionSetNames.NoteStatus, noteStatuses),
            AccountsWithNoteInForce = notesInForce,
            Run = tallies,
        };

        private void CountAccount(Entity account)
        {
            Increment(segments, Choice(account, Account.Segment));
            if (Choice(account, Account.Region) is null)
            {
                withoutRegion++;
            }
            Increment(categories, Choice(account, Account.Category));
            var lastUserYear = account.GetAttributeValue<int?>(Account.LastUserYear);
            if (lastUserYear == year)
            {
                usersOfTheYear++;
            }
            else if (lastUserYear <= year - 3)
            {
                formerUsers++;
            }
            if (account.GetAttributeValue<bool?>(Account.BehaviourNoteInForce) == true)
            {
                notesInForce++;
            }
        }

        // Each activity by the rule its subject starts with: F1/F3 tasks, F2 follow-ups and R1 reports; the other
        // emails are S4's guidance (its subject is the admin's template, so it has no fixed prefix).
        // Activities are told apart by the rule id their subjects start with; the S4 subject is the admin's template, so
        // S4 is every email no other rule claims. D6 alerts (and the N3/S8 note alerts) are tasks and draft emails.
        // One pass over each stream: the rows arrive page by page and are not kept.
        private void CountActivities(IEnumerable<Entity> taskRows, IEnumerable<Entity> emailRows)
        {
            static bool Starts(Entity row, string prefix) => (row.GetAttributeValue<string>(TaskActivity.Subject) ?? string.Empty).StartsWith(prefix, StringComparison.Ordinal);
            static bool IsAlert(Entity row) => Starts(row, "D6:") || Starts(row, "N3:") || Starts(row, "S8:");
            foreach (var task in taskRows)
            {
                if (Starts(task, "F1:")) tasks++;
                if (Starts(task, "F3:")) reviewTasks.Add(task.GetAttributeValue<string>(TaskActivity.Subject));
                if (IsAlert(task)) alertTasks++;
            }
            foreach (var email in emailRows)
            {
                if (Starts(email, "F2:")) emails++;
                else if (Starts(email, "R1:")) registrationReports++;
                else if (IsAlert(email)) alertEmails++;
                else guidanceEmails++;
            }
        }

        // S2, S11, S12: each answered predecessor, whether the chain plugin opened its successor, and both met.
        private void CountChains(IReadOnlyList<Entity> requests)
        {
            var byId = requests.ToDictionary(r => r.Id);
            foreach (var request in requests.Where(r => r.Contains(Request.AnsweredOn)))
            {
                var chain = Choice(request, Request.Rule) switch
                {
                    (int)Choices.DeadlineRule.S1 or (int)Choices.DeadlineRule.S3 or (int)Choices.DeadlineRule.S5 => contactChains,
                    (int)Choices.DeadlineRule.S9 or (int)Choices.DeadlineRule.S10 => demandChains,
                    _ => null,
                };
                if (chain is null)
                {
                    continue;
                }
                chain.Answered++;
                var successor = request.GetAttributeValue<EntityReference>(Request.Successor);
                if (successor is null || !byId.TryGetValue(successor.Id, out var next))
                {
                    continue;
                }
                chain.Opened++;
                if (request.GetAttributeValue<bool?>(Request.Compliant) == true && next.GetAttributeValue<bool?>(Request.Compliant) == true)
                {
                    chain.MetEndToEnd++;
                }
            }
        }

        private void CountRequest(Entity request, DateTime yearEndUtc)
        {
            var rule = Choice(request, Request.Rule);
            if (rule is null)
            {
                withoutDeadline++;
                return;
            }
            var tally = Tally(OfficeOf(request), rule.Value);
            if (rule == (int)Choices.DeadlineRule.S14)
            {
                // S14 is a lead time: met when the 30 days' notice held; short notice is flagged, not blocked.
                if (request.GetAttributeValue<bool?>(Request.ShortLeadTime) == true) tally.Breached++; else tally.Met++;
                return;
            }
            if (request.Contains(Request.AnsweredOn))
            {
                if (request.GetAttributeValue<bool?>(Request.Compliant) == true) tally.Met++; else tally.Breached++;
                return;
            }
            if (request.GetAttributeValue<DateTime>(Request.Due) < yearEndUtc) tally.Breached++; else tally.Open++;
        }

        // S8: the company's own term to file its defence, counted under its regional office.
        private void CountNote(Entity note, IReadOnlyDictionary<Guid, int?> regionOf, DateTime yearEndUtc)
        {
            Increment(noteStatuses, Choice(note, BehaviourNote.Status));
            if (!note.Contains(BehaviourNote.NotifiedOn))
            {
                return;
            }
            var account = note.GetAttributeValue<EntityReference>(BehaviourNote.AccountId);
            var region = account is not null && regionOf.TryGetValue(account.Id, out var r) ? r : null;
            var tally = Tally(region is int value ? schema.ChoiceLabel(Choices.OptionSetNames.Region, value) : "Sin región", (int)Choices.DeadlineRule.S8);
            if (note.Contains(BehaviourNote.DefenceFiledOn)) tally.Met++;
            else if (note.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue) < yearEndUtc) tally.Breached++;
            else tally.Open++;
        }

        // D4: the regional office that owes the answer, or the commercial office abroad (known by its zone).
        private string OfficeOf(Entity request) => Choice(request, Request.Office) is int office
            ? schema.ChoiceLabel(Choices.OptionSetNames.Region, office)
            : "Oficina comercial " + (request.GetAttributeValue<string>(Request.CommercialOffice) ?? "sin zona");

        private DeadlineTally Tally(string office, int rule)
        {
            if (!deadlines.TryGetValue((office, rule), out var tally))
            {
                tally = new DeadlineTally(office, OfficeOrder(office), schema.ChoiceName(Choices.OptionSetNames.DeadlineRule, rule), rule);
                deadlines.Add((office, rule), tally);
            }
            return tally;
        }

        // Regions north to south (the choice's order), then the commercial offices abroad.
        private int OfficeOrder(string office)
        {
            var region = Enum.GetValues<Choices.Region>().Cast<Choices.Region?>()
                .FirstOrDefault(r => schema.ChoiceLabel(Choices.OptionSetNames.Region, (int)r!.Value) == office);
            return region is null ? int.MaxValue : (int)region.Value;
        }

        private IReadOnlyList<LabelledCount> Labelled(string optionSet, Dictionary<int, int> counts) =>
            schema.Options(optionSet).Select(o => new LabelledCount(o.Label, counts.TryGetValue(o.Value, out var n) ? n : 0)).ToList();

        private static int Count(LocalOrganization.LocalOrganization organization, string table, DateTime? fromUtc)
        {
            int count = 0;
            foreach (var _ in Rows(organization, table, fromUtc))
            {
                count++;
            }
            return count;
        }

        // The rows of a table (created from fromUtc on, when given), page by page and only the columns asked for: a
        // query without paging stops at 5,000 rows, as in Dataverse. Each page is counted and dropped.
        private static IEnumerable<Entity> Rows(LocalOrganization.LocalOrganization organization, string table, DateTime? fromUtc, params string[] columns)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
            if (fromUtc is DateTime from)
            {
                query.Criteria.AddCondition(SystemColumns.CreatedOn, ConditionOperator.GreaterEqual, from);
            }
            while (true)
            {
                var page = organization.Service.RetrieveMultiple(query);
                foreach (var row in page.Entities)
                {
                    yield return row;
                }
                if (!page.MoreRecords)
                {
                    yield break;
                }
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        private static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

        private static void Increment(Dictionary<int, int> counts, int? key)
        {
            if (key is int value)
            {
                counts[value] = counts.TryGetValue(value, out var n) ? n + 1 : 1;
            }
        }

        private static void Merge(Dictionary<int, int> into, Dictionary<int, int> from)
        {
            foreach (var (key, count) in from)
            {
                into[key] = into.TryGetValue(key, out var n) ? n + count : count;
            }
        }
    }
}
