using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.WorkflowActivities.Portfolio
{
    /// <summary>
    /// C3-C5: what the category activities read from an account (one Retrieve) and what they write back: only
    /// the columns whose value changes, in one Update, plus a pch_categoryhistory row when the category moved.
    /// Writing nothing when nothing changes is what makes a process that runs twice harmless.
    /// </summary>
    internal sealed class AccountCategoryRecord
    {
        /// <summary>pch_categoryreason and pch_categoryhistory.pch_reason hold at most this many characters.</summary>
        public const int ReasonMaxLength = 500;

        private static readonly string[] Columns =
        {
            Account.Segment, Account.Region, Account.ExportaMas, Account.Category, Account.CategoryReason,
            Account.CategorySetByHand, Account.FollowUpOptOut, Account.FollowUpOptOutLocked,
        };

        private readonly Entity row;

        private AccountCategoryRecord(Entity row)
        {
            this.row = row;
        }

        public static AccountCategoryRecord Read(IOrganizationService service, EntityReference account) =>
            new AccountCategoryRecord(service.Retrieve(Account.EntityLogicalName, account.Id, new ColumnSet(Columns)));

        public Guid Id => row.Id;

        /// <summary>C3: only portfolio companies carry a category.</summary>
        public bool InPortfolio => ColumnValues.GetChoice(row, Account.Segment) == (int)Choices.Segment.Portfolio;

        public PortfolioCategory? StoredCategory => AccountRow.StoredCategory(row);

        public bool OptedOut => ColumnValues.GetBool(row, Account.FollowUpOptOut) == true;

        public CategoryInputs Inputs(AccountActions actions, RuleSettings settings) =>
            new CategoryInputs(ColumnValues.GetBool(row, Account.ExportaMas) == true, AccountRow.ToCategoryState(row), actions, settings);

        /// <summary>
        /// The civil date the category is evaluated on: today in the zone of the company's regional office (D4);
        /// a company with no region is counted in mainland time (nivel central).
        /// </summary>
        public CivilDate TodayAt(RegionDates regionDates, DateTime nowUtc) => regionDates.DateAt(ColumnValues.GetChoice(row, Account.Region), nowUtc);

        /// <summary>The account columns that differ from what <paramref name="change"/> says (none: nothing to write).</summary>
        public Entity ChangesFor(CategoryChange change, bool optedOut)
        {
            var update = new Entity(Account.EntityLogicalName, row.Id);
            var category = PortfolioChoices.ToChoice(change.Decision.Category);
            if (ColumnValues.GetChoice(row, Account.Category) != category)
            {
                update[Account.Category] = new OptionSetValue(category);
            }
            var reason = Fit(change.Decision.Reason.Text);
            if (!string.Equals(ColumnValues.GetString(row, Account.CategoryReason), reason, StringComparison.Ordinal))
            {
                update[Account.CategoryReason] = reason;
            }
            if ((ColumnValues.GetBool(row, Account.FollowUpOptOutLocked) == true) != change.State.DemotionLock)
            {
                update[Account.FollowUpOptOutLocked] = change.State.DemotionLock;
            }
            if (optedOut && !OptedOut)
            {
                update[Account.FollowUpOptOut] = true;
            }
            return update;
        }

        /// <summary>C5: the history row of a category change: when, from what, to what, and why (citing the rule).</summary>
        public Entity HistoryRow(CategoryHistoryEntry entry) =>
            new Entity(CategoryHistory.EntityLogicalName)
            {
                [CategoryHistory.Name] = $"Categoría {entry.From.Label()} → {entry.To.Label()}",
                [CategoryHistory.AccountId] = new EntityReference(Account.EntityLogicalName, row.Id),
                [CategoryHistory.ChangedOn] = entry.WhenUtc,
                [CategoryHistory.FromCategory] = new OptionSetValue(PortfolioChoices.ToChoice(entry.From)),
                [CategoryHistory.ToCategory] = new OptionSetValue(PortfolioChoices.ToChoice(entry.To)),
                [CategoryHistory.Reason] = Fit(entry.Why.RuleId + ": " + entry.Why.Text),
            };

        /// <summary>Whether the history already holds this change at this instant (a retried run of the same operation).</summary>
        public bool HasHistoryRow(IOrganizationService service, CategoryHistoryEntry entry)
        {
            var query = new QueryExpression(CategoryHistory.EntityLogicalName) { ColumnSet = new ColumnSet(CategoryHistory.PrimaryId), TopCount = 1 };
            query.Criteria.AddCondition(CategoryHistory.AccountId, ConditionOperator.Equal, row.Id);
            query.Criteria.AddCondition(CategoryHistory.ChangedOn, ConditionOperator.Equal, entry.WhenUtc);
            query.Criteria.AddCondition(CategoryHistory.ToCategory, ConditionOperator.Equal, PortfolioChoices.ToChoice(entry.To));
            return service.RetrieveMultiple(query).Entities.Count > 0;
        }

        // The column's limit; the full text stays in the trace and the rule's reason code.
        private static string Fit(string text) =>
            text.Length <= ReasonMaxLength ? text : text.Substring(0, ReasonMaxLength - 1) + "…";
    }
}
