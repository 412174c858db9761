using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Portfolio
{
    /// <summary>
    /// C4: the category a portfolio company has today (Exporta Más, C5 lock, manual choice, or the activity rule
    /// over its actions in the rolling window, in its office's zone). What no write triggers is time: an action
    /// ages out of the 12-month window with nobody touching the account, so a scheduled process runs this. When
    /// the stored category or reason is out of date it writes the new one; the account plugins recompute it in
    /// the same write and record the change in the history. A category set by hand is the executive's and is
    /// never written here. Service calls: 1 outside the portfolio; 3 when up to date; 4 when it writes.
    /// </summary>
    [WorkflowActivity("Recalcular categoría",
        "C4 (y C5): recalcula la categoría de una empresa de cartera (1 Exporta Más, 2 Trabajo Habitual, 3 Trabajo Esporádico) a la fecha de hoy; si cambió, la guarda con su motivo y queda en el historial de categorías.")]
    public sealed class RecomputeCategoryActivity : CategoryActivity
    {
        [RequiredArgument]
        [Input("Empresa")]
        [ReferenceTarget(Account.EntityLogicalName)]
        public InArgument<EntityReference> Company { get; set; } = new InArgument<EntityReference>();

        [Output("Categoría")]
        [AttributeTarget(Account.EntityLogicalName, Account.Category)]
        public OutArgument<OptionSetValue> Category { get; set; } = new OutArgument<OptionSetValue>();

        [Output("Motivo")]
        public OutArgument<string> Reason { get; set; } = new OutArgument<string>();

        [Output("Categoría cambió")]
        public OutArgument<bool> Changed { get; set; } = new OutArgument<bool>();

        protected override void Run(ActivityRun run)
        {
            var account = ReadAccount(run, Company);
            if (!account.InPortfolio)
            {
                run.Set(Reason, NotInPortfolio);
                return;
            }
            // C4 reads all the company's actions and every setting, whichever unit registered them.
            var inputs = account.Inputs(ActionRows.Read(run.SystemService, account.Id), SettingsReader.Read(run.SystemService, run.Tracing));
            var decision = CategoryRule.Decide(inputs, TodayOf(run, account));
            bool changed = decision.Category != account.StoredCategory;
            if (!account.SetByHand && (changed || decision.Reason.Text != account.StoredReason))
            {
                // The computed category is the rule's bookkeeping, on companies the process's user may not own.
                run.SystemService.Update(new Entity(Account.EntityLogicalName, account.Id)
                {
                    [Account.Category] = ChoiceOf(decision.Category),
                    [Account.CategoryReason] = ColumnText.Fit(decision.Reason.Text, Account.CategoryReasonMaxLength),
                });
            }
            run.Set(Category, ChoiceOf(decision.Category));
            run.Set(Reason, ColumnText.Fit(decision.Reason.Text, Account.CategoryReasonMaxLength));
            run.Set(Changed, changed && !account.SetByHand);
            run.Trace("{0}: {1} → {2}", decision.Reason.Code, account.StoredCategory?.ToString() ?? "sin categoría", decision.Category);
        }
    }
}
