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
    /// C5: the company declined the monthly follow-up email. "Si dice que no y está en categoría 2, pasará a
    /// categoría 3": only 2 becomes 3, locked there (interpretation) until it opts back in or an executive
    /// changes it; 1 and 3 are untouched; a second opt-out changes nothing. The opt-out itself is recorded on
    /// every company (F2 stops the monthly email). Service calls: 1 outside the portfolio (2 if the opt-out
    /// is new); 3 when nothing changes; 6 when the category moves (history check, history row, account).
    /// </summary>
    [WorkflowActivity("Bajar categoría por rechazo del correo de seguimiento",
        "C5: registra que la empresa no desea recibir el correo mensual de seguimiento; si está en categoría 2 (Trabajo Habitual) pasa a 3 (Trabajo Esporádico) con bloqueo y queda en el historial; las categorías 1 y 3 no cambian.")]
    public sealed class DemoteOnOptOutActivity : CategoryActivity
    {
        [RequiredArgument]
        [Input("Empresa")]
        [ReferenceTarget(Account.EntityLogicalName)]
        public InArgument<EntityReference> Company { get; set; } = new InArgument<EntityReference>();

        [Output("Bajó a categoría 3")]
        public OutArgument<bool> Demoted { get; set; } = new OutArgument<bool>();

        [Output("Categoría")]
        [AttributeTarget(Account.EntityLogicalName, Account.Category)]
        public OutArgument<OptionSetValue> Category { get; set; } = new OutArgument<OptionSetValue>();

        [Output("Motivo")]
        public OutArgument<string> Reason { get; set; } = new OutArgument<string>();

        protected override void Run(ActivityRun run)
        {
            var account = ReadAccount(run, Company);
            if (!account.InPortfolio)
            {
                if (!account.OptedOut)
                {
                    var update = new Entity(Account.EntityLogicalName, account.Id) { [Account.FollowUpOptOut] = true };
                    run.Service.Update(update);
                }
                run.Set(Reason, NotInPortfolio);
                return;
            }
            var inputs = InputsOf(run, account);
            var change = CategoryChanges.OptOut(inputs, TodayOf(run, account), run.NowUtc, run.Initiator);
            Save(run, account, change, optedOut: true);
            run.Set(Demoted, change.CategoryChanged);
            run.Set(Category, ChoiceOf(change.Decision.Category));
            run.Set(Reason, change.Decision.Reason.Text);
        }
    }
}
