using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Portfolio
{
    /// <summary>
    /// C4: recomputes a portfolio company's category (Exporta Más, C5 lock, manual choice, or the activity rule
    /// over its actions) on today's date in its office's zone, writes it with its reason, and records a history
    /// row when it moved. A company outside the portfolio (C3) is left alone. Service calls: 1 outside the
    /// portfolio; 3 when nothing changed; 6 when the category moves (history check, history row, account).
    /// </summary>
    [WorkflowActivity("Recalcular categoría",
        "C4 (y C5): recalcula la categoría de una empresa de cartera (1 Exporta Más, 2 Trabajo Habitual, 3 Trabajo Esporádico), la guarda con su motivo y registra el cambio en el historial de categorías.")]
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
            var inputs = InputsOf(run, account);
            var asOf = TodayOf(run, account);
            var change = account.StoredCategory is PortfolioCategory stored
                ? CategoryChanges.Recompute(inputs, stored, asOf, run.NowUtc, run.Initiator)
                : new CategoryChange(inputs.State, CategoryRule.Decide(inputs, asOf), null); // first category: nothing to compare with
            Save(run, account, change, optedOut: false);
            run.Set(Category, ChoiceOf(change.Decision.Category));
            run.Set(Reason, change.Decision.Reason.Text);
            run.Set(Changed, change.CategoryChanged);
        }
    }
}
