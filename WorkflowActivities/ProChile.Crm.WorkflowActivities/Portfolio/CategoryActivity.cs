using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.WorkflowActivities.Execution;

namespace ProChile.Crm.WorkflowActivities.Portfolio
{
    /// <summary>
    /// C4/C5: an activity that applies a category event to an account: read the account, its actions and the
    /// settings (three calls), let the rules decide, write what changed: when the category moves, a check for
    /// the history row, its Create and one Update (six calls in all); otherwise at most one Update.
    /// </summary>
    public abstract class CategoryActivity : ProChileActivity
    {
        // Immutable and thread-safe (zones only): shared by every run of this activity.
        private readonly RegionDates regionDates = new RegionDates();

        /// <summary>The reason given when the account is not in the portfolio, so has no category (C3).</summary>
        public const string NotInPortfolio =
            "C3: la empresa no está en cartera; la categoría (C4) solo se asigna a empresas de cartera.";

        /// <summary>What the account input accepts.</summary>
        protected const string ExpectedAccount = "una cuenta (empresa)";

        /// <summary>Reads the account named by <paramref name="accountInput"/>; a Spanish error for a missing or wrong reference.</summary>
        private protected static AccountCategoryRecord ReadAccount(ActivityRun run, InArgument<EntityReference> accountInput) =>
            AccountCategoryRecord.Read(run.Service, run.RequireReference(accountInput, Account.EntityLogicalName, ExpectedAccount));

        /// <summary>The category inputs of a portfolio account (two calls: settings, actions).</summary>
        private protected static CategoryInputs InputsOf(ActivityRun run, AccountCategoryRecord account) =>
            account.Inputs(ActionRows.Read(run.Service, account.Id), SettingsReader.Read(run.Service));

        /// <summary>
        /// Writes what changed: the history row first (unless a run of the same operation already wrote it), then one
        /// Update of the account when a column differs. A background process is not one transaction, so the order is
        /// what keeps a failure harmless: if the Update fails, the account still shows the old category and the retry
        /// (same operation, same instant) finds the history row and only updates; a change is never shown without its
        /// record, and never recorded twice.
        /// </summary>
        private protected static void Save(ActivityRun run, AccountCategoryRecord account, CategoryChange change, bool optedOut)
        {
            var entry = change.HistoryEntry;
            if (entry != null)
            {
                if (account.HasHistoryRow(run.Service, entry))
                {
                    run.Trace("{0}: el historial ya registra este cambio (reintento de la misma operación).", entry.Why.Code);
                }
                else
                {
                    run.Service.Create(account.HistoryRow(entry));
                    run.Trace("{0}: {1} → {2} ({3}, {4})", entry.Why.Code, entry.From, entry.To, entry.Who,
                        entry.WhenUtc.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            var update = account.ChangesFor(change, optedOut);
            if (update.Attributes.Count > 0)
            {
                run.Service.Update(update);
            }
        }

        /// <summary>D4: today in the zone of the company's regional office (mainland time when it has none).</summary>
        private protected CivilDate TodayOf(ActivityRun run, AccountCategoryRecord account) => account.TodayAt(regionDates, run.NowUtc);

        protected static OptionSetValue ChoiceOf(PortfolioCategory category) => new OptionSetValue(PortfolioChoices.ToChoice(category));
    }
}
