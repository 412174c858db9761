using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Dataverse.Portfolio
{
    /// <summary>
    /// C3-C5: the account columns the category activities and pch_RecalcularCategoria read (one Retrieve). They never write the
    /// category's consequences themselves: the account's classification step (PreOperation) decides category,
    /// reason and C5 lock on every account write that concerns them, and the history step (PostOperation)
    /// records each change, in the same transaction. An activity writes the event, and the plugins do the rest
    /// exactly as they do for an executive's edit, so there is one path and one history row per change.
    /// </summary>
    public sealed class AccountCategoryRecord
    {
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

        public string? StoredReason => ColumnValues.GetString(row, Account.CategoryReason);

        public bool OptedOut => ColumnValues.GetBool(row, Account.FollowUpOptOut) == true;

        /// <summary>C4: an executive fixed 2 or 3 by hand; only the executive (or Exporta Más, or C5) moves it.</summary>
        public bool SetByHand => ColumnValues.GetBool(row, Account.CategorySetByHand) == true;

        public CategoryInputs Inputs(AccountActions actions, RuleSettings settings) =>
            new CategoryInputs(ColumnValues.GetBool(row, Account.ExportaMas) == true, AccountRow.ToCategoryState(row), actions, settings);

        /// <summary>D4: today in the zone of the company's regional office (mainland time when it has none).</summary>
        public CivilDate TodayAt(RegionDates regionDates, DateTime nowUtc) => regionDates.DateAt(ColumnValues.GetChoice(row, Account.Region), nowUtc);
    }
}
