using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;
using Account = ProChile.Crm.Dataverse.Schema.Account;

namespace ProChile.Crm.Plugins.Accounts
{
    /// <summary>
    /// C4/C5: which category event an account write carries, read from the Target against the pre-image, and the
    /// rules' answer to it. An executive's manual change (the "set by hand" flag, or the category while it is set)
    /// wins over an opt-out or opt-in sent in the same write; with neither, the category is simply recomputed.
    /// </summary>
    internal sealed class CategoryEvent
    {
        private readonly Entity? before;
        private readonly Entity target;
        private readonly Entity account;

        public CategoryEvent(Entity? before, Entity target, Entity account)
        {
            this.before = before;
            this.target = target;
            this.account = account;
        }

        public CategoryChange Apply(AccountActions actions, RuleSettings settings, CivilDate asOfDate, PluginExecution execution)
        {
            bool exportaMas = ColumnValues.GetBool(account, Account.ExportaMas) == true;
            var who = AccountRow.Who(execution.Context.UserId);
            var now = execution.NowUtc;
            var inputs = new CategoryInputs(exportaMas, AccountRow.ToCategoryState(before ?? account), actions, settings);

            if (IsManualChange)
            {
                if (ColumnValues.GetBool(account, Account.CategorySetByHand) != true)
                {
                    return CategoryChanges.ClearManual(inputs, asOfDate, now, who);
                }
                var chosen = ColumnValues.GetChoice(account, Account.Category) is int value ? PortfolioChoices.ToCategory(value) : null;
                return CategoryChanges.SetManually(inputs,
                    chosen ?? throw ColumnValues.Missing(account, Account.Category, "la categoría 2 (Trabajo Habitual) o 3 (Trabajo Esporádico) fijada a mano"),
                    asOfDate, now, who);
            }
            if (OptOutChanged(out bool optedOut))
            {
                return optedOut
                    ? CategoryChanges.OptOut(inputs, asOfDate, now, who)
                    : CategoryChanges.OptIn(inputs, asOfDate, now, who);
            }
            var current = inputs.WithState(AccountRow.ToCategoryState(account));
            return new CategoryChange(current.State, CategoryRule.Decide(current, asOfDate), null);
        }

        private bool IsManualChange =>
            target.Contains(Account.CategorySetByHand)
            || (target.Contains(Account.Category) && ColumnValues.GetBool(account, Account.CategorySetByHand) == true);

        private bool OptOutChanged(out bool optedOut)
        {
            optedOut = ColumnValues.GetBool(account, Account.FollowUpOptOut) == true;
            bool was = before is not null && ColumnValues.GetBool(before, Account.FollowUpOptOut) == true;
            return target.Contains(Account.FollowUpOptOut) && optedOut != was;
        }
    }
}
