extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Request = shipped::ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// The owing office answers: the request plugin closes the deadline as met or missed. The chain plugin then
    /// opens what the answer starts (S1, S3, S5 → S2; S9 → S11; S10 → S12): the simulation creates none of them,
    /// it only answers the successor the plugin opened, as its office would.
    /// </summary>
    internal sealed class AnswerRequest : SimulationEvent
    {
        private readonly Guid requestId;
        private readonly RequestPlan plan;
        private readonly Guid? accountId;

        public AnswerRequest(DateTime atUtc, Guid requestId, RequestPlan plan, Guid? accountId) : base(atUtc)
        {
            this.requestId = requestId;
            this.plan = plan;
            this.accountId = accountId;
        }

        public override string Section => "S1-S14 responder solicitud";

        public override void Run(CohortRun run)
        {
            run.Organization.Service.Update(new Entity(Request.EntityLogicalName, requestId) { [Request.AnsweredOn] = AtUtc });
            var successor = run.Organization.Inspect(Request.EntityLogicalName, requestId)?.GetAttributeValue<EntityReference>(Request.Successor);
            if (successor is not null && run.Organization.Inspect(Request.EntityLogicalName, successor.Id) is Entity opened)
            {
                OpenRequest.ScheduleAnswer(run, opened, plan.FollowUpAnswer, plan, accountId);
            }
        }
    }
}
