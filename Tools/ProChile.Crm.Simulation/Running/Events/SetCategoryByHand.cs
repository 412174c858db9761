extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>C4 setting: the executive sets the category (2 or 3) by hand; the activity rule then leaves it alone.</summary>
    internal sealed class SetCategoryByHand : SimulationEvent
    {
        private readonly Guid accountId;
        private readonly ManualCategoryPlan plan;

        public SetCategoryByHand(Guid accountId, ManualCategoryPlan plan) : base(plan.AtUtc)
        {
            this.accountId = accountId;
            this.plan = plan;
        }

        public override string Section => "C4 categoría a mano";

        public override void Run(CohortRun run) => run.OwnerOf(Account.EntityLogicalName, accountId).Update(new Entity(Account.EntityLogicalName, accountId)
        {
            [Account.CategorySetByHand] = true,
            [Account.Category] = new OptionSetValue((int)plan.Category),
        });
    }
}
