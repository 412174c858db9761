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
    /// C5: the company declined the monthly follow-up email (say, from the answer to the F2 email). The activity
    /// records the opt-out on the account; the account plugins apply C5 in that same write, as for an
    /// executive's edit: "Si dice que no y está en categoría 2, pasará a categoría 3" with the lock, 1 and 3
    /// untouched, and a history row for the demotion. The outputs are what the account holds afterwards. A
    /// second opt-out changes nothing and writes nothing. Service calls: 1 when already opted out; otherwise
    /// the Update and a Retrieve of the result (3).
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
            var reference = run.RequireReference(Company, Account.EntityLogicalName, ExpectedAccount);
            // C5's outcome is read as stored, whoever may read the company; the opt-out itself is the user's change.
            var before = AccountCategoryRecord.Read(run.SystemService, reference);
            var after = before;
            if (!before.OptedOut)
            {
                run.UserService.Update(new Entity(Account.EntityLogicalName, before.Id) { [Account.FollowUpOptOut] = true });
                after = AccountCategoryRecord.Read(run.SystemService, reference);
            }
            bool demoted = before.StoredCategory == PortfolioCategory.RegularWork && after.StoredCategory == PortfolioCategory.OccasionalWork;
            run.Set(Demoted, demoted);
            run.Set(Category, after.StoredCategory is PortfolioCategory category ? ChoiceOf(category) : null!);
            run.Set(Reason, after.InPortfolio ? after.StoredReason ?? string.Empty : NotInPortfolio);
        }
    }
}
