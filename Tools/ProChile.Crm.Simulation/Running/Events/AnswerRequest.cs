extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;
using Request = shipped::ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// The owing office answers: the request plugin closes the deadline as met or missed. A contact (S1, S3, S5)
    /// then owes the interview (S2, 15 calendar days); an answered demand owes the importer's follow-up (S9 → S11,
    /// S10 → S12).
    /// </summary>
    internal sealed class AnswerRequest : SimulationEvent
    {
        private readonly Guid requestId;
        private readonly Choices.DeadlineRule rule;
        private readonly RequestPlan plan;
        private readonly Guid? accountId;

        public AnswerRequest(DateTime atUtc, Guid requestId, Choices.DeadlineRule rule, RequestPlan plan, Guid? accountId) : base(atUtc)
        {
            this.requestId = requestId;
            this.rule = rule;
            this.plan = plan;
            this.accountId = accountId;
        }

        public override string Section => "S1-S14 responder solicitud";

        public override void Run(CohortRun run)
        {
            run.Organization.Service.Update(new Entity(Request.EntityLogicalName, requestId) { [Request.AnsweredOn] = AtUtc });
            if (FollowUpRule() is Choices.DeadlineRule next)
            {
                run.Schedule(OpenRequest.FollowUp(plan, accountId, AtUtc, next));
            }
        }

        private Choices.DeadlineRule? FollowUpRule() => rule switch
        {
            Choices.DeadlineRule.S1 or Choices.DeadlineRule.S3 or Choices.DeadlineRule.S5 => Choices.DeadlineRule.S2,
            Choices.DeadlineRule.S9 => Choices.DeadlineRule.S11,
            Choices.DeadlineRule.S10 => Choices.DeadlineRule.S12,
            _ => null,
        };
    }
}
