using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Portfolio;
using Account = ProChile.Crm.Dataverse.Schema.Account;

namespace ProChile.Crm.Dataverse.Portfolio
{
    /// <summary>What recomputing a company's category gave: null category outside the portfolio (C3).</summary>
    public sealed class CategoryRecomputationResult
    {
        public CategoryRecomputationResult(PortfolioCategory? category, string reason, bool changed)
        {
            Category = category;
            Reason = reason;
            Changed = changed;
        }

        public PortfolioCategory? Category { get; }

        public string Reason { get; }

        /// <summary>The stored category was out of date and was written (never for a category set by hand).</summary>
        public bool Changed { get; }
    }

    /// <summary>
    /// C4: the category a portfolio company has today, written when the stored one is out of date. One code path for
    /// the workflow activity (RecomputeCategoryActivity) and the pch_RecalcularCategoria Custom API. A category set
    /// by hand is the executive's and is never written here; the account plugins record the change in the history.
    /// Service calls: 1 outside the portfolio; 3 when up to date; 4 when it writes.
    /// </summary>
    public static class CategoryRecomputation
    {
        /// <summary>The reason given when the account is not in the portfolio, so has no category (C3).</summary>
        public const string NotInPortfolio =
            "C3: la empresa no está en cartera; la categoría (C4) solo se asigna a empresas de cartera.";

        // system: SYSTEM's service. C4 reads the company, all its actions and every setting whichever unit registered
        // them, and the computed category is the rule's bookkeeping on companies the caller may not own.
        public static CategoryRecomputationResult Run(IOrganizationService system, EntityReference company, DateTime nowUtc, RegionDates regionDates, ITracingService tracing)
        {
            var service = system;
            var account = AccountCategoryRecord.Read(service, company);
            if (!account.InPortfolio)
            {
                return new CategoryRecomputationResult(null, NotInPortfolio, false);
            }
            var inputs = account.Inputs(ActionRows.Read(service, account.Id), SettingsReader.Read(service, tracing));
            var decision = CategoryRule.Decide(inputs, account.TodayAt(regionDates, nowUtc));
            bool changed = decision.Category != account.StoredCategory;
            if (!account.SetByHand && (changed || decision.Reason.Text != account.StoredReason))
            {
                service.Update(new Entity(Account.EntityLogicalName, account.Id)
                {
                    [Account.Category] = new OptionSetValue(PortfolioChoices.ToChoice(decision.Category)),
                    [Account.CategoryReason] = ColumnText.Fit(decision.Reason.Text, Account.CategoryReasonMaxLength),
                });
            }
            tracing.Trace("{0}: {1} → {2}", decision.Reason.Code, account.StoredCategory?.ToString() ?? "sin categoría", decision.Category);
            return new CategoryRecomputationResult(decision.Category, ColumnText.Fit(decision.Reason.Text, Account.CategoryReasonMaxLength), changed && !account.SetByHand);
        }
    }
}
