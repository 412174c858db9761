using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Portfolio;
using ProChile.Crm.Dataverse.Schema;
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
            var company = run.RequireReference(Company, Account.EntityLogicalName, ExpectedAccount);
            // One code path with pch_RecalcularCategoria; as SYSTEM: the rule reads the company, all its actions and every
            // setting as stored, and the computed category is bookkeeping on companies the process's user may not own.
            var result = CategoryRecomputation.Run(run.SystemService, company, run.NowUtc, RegionDates, run.Tracing);
            if (result.Category is PortfolioCategory category)
            {
                run.Set(Category, ChoiceOf(category));
            }
            run.Set(Reason, result.Reason);
            run.Set(Changed, result.Changed);
        }
    }
}
