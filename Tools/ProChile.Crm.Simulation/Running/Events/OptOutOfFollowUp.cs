extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>C5/F2: the company answers the monthly email that it wants no more of it; in category 2 that demotes it to 3.</summary>
    internal sealed class OptOutOfFollowUp : SimulationEvent
    {
        private readonly Guid accountId;

        public OptOutOfFollowUp(Guid accountId, DateTime atUtc) : base(atUtc)
        {
            this.accountId = accountId;
        }

        public override string Section => "C5 rechazo del correo mensual";

        public override void Run(CohortRun run)
        {
            var before = CategoryOf(run);
            run.OwnerOf(Account.EntityLogicalName, accountId).Update(new Entity(Account.EntityLogicalName, accountId) { [Account.FollowUpOptOut] = true });
            run.Tallies.OptOuts++;
            if (before == (int)Choices.Category.TrabajoHabitual && CategoryOf(run) == (int)Choices.Category.TrabajoEsporadico)
            {
                run.Tallies.Demotions++;
            }
        }

        private int? CategoryOf(CohortRun run) =>
            run.Organization.Inspect(Account.EntityLogicalName, accountId)?.GetAttributeValue<OptionSetValue>(Account.Category)?.Value;
    }
}
