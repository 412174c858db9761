using System.Activities;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Portfolio;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.WorkflowActivities.Execution;

namespace ProChile.Crm.WorkflowActivities.Portfolio
{
    /// <summary>
    /// C4/C5: an activity about an account's category. It reads the account, and writes only the event (an
    /// opt-out, a category the rules now give); the account plugins decide and record the consequences in the
    /// write's transaction (<see cref="AccountCategoryRecord"/>), so nothing is half-written and a rerun finds
    /// nothing left to do.
    /// </summary>
    public abstract class CategoryActivity : ProChileActivity
    {
        /// <summary>The reason given when the account is not in the portfolio, so has no category (C3).</summary>
        public const string NotInPortfolio = CategoryRecomputation.NotInPortfolio;

        /// <summary>What the account input accepts.</summary>
        protected const string ExpectedAccount = "una cuenta (empresa)";

        // Immutable and thread-safe (zones only): shared by every run of this activity.
        private protected static readonly RegionDates RegionDates = new RegionDates();

        /// <summary>Reads the account named by <paramref name="accountInput"/>; a Spanish error for a missing or wrong reference.</summary>
        // The rule reads the company as stored, whoever runs the process.
        private protected static AccountCategoryRecord ReadAccount(ActivityRun run, InArgument<EntityReference> accountInput) =>
            AccountCategoryRecord.Read(run.SystemService, run.RequireReference(accountInput, Account.EntityLogicalName, ExpectedAccount));

        /// <summary>D4: today in the zone of the company's regional office (mainland time when it has none).</summary>
        private protected CivilDate TodayOf(ActivityRun run, AccountCategoryRecord account) => account.TodayAt(RegionDates, run.NowUtc);

        protected static OptionSetValue ChoiceOf(PortfolioCategory category) => new OptionSetValue(PortfolioChoices.ToChoice(category));
    }
}
