using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Portfolio;
using Account = ProChile.Crm.Dataverse.Schema.Account;
using CategoryHistory = ProChile.Crm.Dataverse.Schema.CategoryHistory;

namespace ProChile.Crm.Plugins.Accounts
{
    /// <summary>
    /// C4/C5: records every change of an account's category in pch_categoryhistory: when, from what, to what and
    /// why (the reason the classification step wrote on the account). PostOperation, because it writes another
    /// table; whatever changed the category (an action, an opt-out, an executive) passes through here.
    /// The Update step filters on the columns that change a category, as users and callers write them (the same
    /// list as the classification step's filter: its inputs, the C6/C7 facts the action step writes, the manual
    /// category), never on the category the classification step adds to the Target: Dataverse does not document
    /// that a column added in PreOperation fires a PostOperation filter (issue 10, defect 7). Whether the category
    /// changed is decided from the pre- and post-images. A test holds the two filters equal.
    /// Budget: 1 Create when the category changed, no call otherwise.
    /// </summary>
    [PluginStep(MessageName.Create, Account.EntityLogicalName, PipelineStage.PostOperation,
        PostImageAttributes = new[] { Account.Category, Account.CategoryReason, Account.Owner },
        Description = "C4/C5: historial de la categoría inicial.")]
    [PluginStep(MessageName.Update, Account.EntityLogicalName, PipelineStage.PostOperation,
        FilteringAttributes = new[]
        {
            Account.Name, Account.Rut, Account.Region, Account.StateCode, Account.Email, Account.Telephone,
            Account.ValidatedBy, Account.Exporter, Account.ExportPotential, Account.StrategicSector, Account.ExportaMas,
            Account.Category, Account.CategorySetByHand, Account.FollowUpOptOut, Account.LastQualifyingAction,
            Account.SiiActivitiesStarted,
        },
        PreImageAttributes = new[] { Account.Category },
        PostImageAttributes = new[] { Account.Category, Account.CategoryReason, Account.Owner },
        Description = "C4/C5: historial de cada cambio de categoría (cuándo, desde, hacia, por qué).")]
    public sealed class CategoryHistoryPlugin : PluginBase
    {
        protected override void Execute(PluginExecution execution)
        {
            var after = execution.GetRequiredPostImage();
            var from = execution.IsUpdate ? AccountRow.StoredCategory(execution.GetRequiredPreImage()) : null;
            var to = AccountRow.StoredCategory(after);
            if (to is null || from == to)
            {
                return;
            }
            var entry = new Entity(CategoryHistory.EntityLogicalName)
            {
                [CategoryHistory.Name] = ColumnText.Fit($"{(from is PortfolioCategory f ? f.Label() : "sin categoría")} → {to.Value.Label()}", CategoryHistory.NameMaxLength),
                [CategoryHistory.AccountId] = new EntityReference(Account.EntityLogicalName, execution.PrimaryId),
                [CategoryHistory.ChangedOn] = execution.NowUtc,
                [CategoryHistory.FromCategory] = from is PortfolioCategory before ? new OptionSetValue(PortfolioChoices.ToChoice(before)) : null,
                [CategoryHistory.ToCategory] = new OptionSetValue(PortfolioChoices.ToChoice(to.Value)),
                [CategoryHistory.Reason] = ColumnValues.GetString(after, Account.CategoryReason) is string reason ? ColumnText.Fit(reason, CategoryHistory.ReasonMaxLength) : null,
            };
            // Owned by the company's owner, whoever changed the category, so the people who work the company see it.
            if (ColumnValues.GetReference(after, Account.Owner) is EntityReference owner)
            {
                entry[CategoryHistory.Owner] = owner;
            }
            // History is bookkeeping: no ProChile role may create (or edit) it by hand.
            execution.SystemService.Create(entry);
        }
    }
}
