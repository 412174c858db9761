extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using ActionRecord = shipped::ProChile.Crm.Dataverse.Schema.ActionRecord;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>C6: an executive registers an action in the "Registro de Acciones"; the plugins recompute C4/C6/C7 and plan F1/F2.</summary>
    internal sealed class RegisterAction : SimulationEvent
    {
        private readonly Guid accountId;
        private readonly ActionPlan plan;

        public RegisterAction(Guid accountId, ActionPlan plan) : base(plan.RegisteredAtUtc)
        {
            this.accountId = accountId;
            this.plan = plan;
        }

        public override string Section => "C6 registrar acción";

        public override void Run(CohortRun run) => run.OwnerOf(Account.EntityLogicalName, accountId).Create(new Entity(ActionRecord.EntityLogicalName)
        {
            [ActionRecord.Name] = plan.Qualifies ? "Asesoría exportadora" : "Envío de información general",
            [ActionRecord.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            [ActionRecord.ActionDate] = plan.Date,
            [ActionRecord.Qualifies] = plan.Qualifies,
        });
    }
}
