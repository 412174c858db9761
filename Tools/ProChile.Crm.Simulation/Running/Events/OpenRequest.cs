extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;
using Request = shipped::ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// S1-S14: a request is registered; the request plugin picks the rule (unless the executive chose it) and
    /// computes the due instant in the owing office's calendar. The answer is then scheduled from the stored due
    /// instant and the plan's share of the span. S4 is answered by the guidance email plugin itself when the company
    /// has a contact email; without one the executive answers at once (its term is 0 hours). S14 is a lead time,
    /// flagged by the plugin, with nothing to answer. S2, S11 and S12 are never opened here: the chain plugin opens
    /// them when their predecessor is answered (<see cref="AnswerRequest"/>).
    /// </summary>
    internal sealed class OpenRequest : SimulationEvent
    {
        private readonly RequestPlan plan;
        private readonly Guid? accountId;
        private readonly Choices.DeadlineRule? chosenRule;
        private readonly AnswerPlan answer;

        private OpenRequest(RequestPlan plan, Guid? accountId, DateTime atUtc, Choices.DeadlineRule? chosenRule, AnswerPlan answer) : base(atUtc)
        {
            this.plan = plan;
            this.accountId = accountId;
            this.chosenRule = chosenRule;
            this.answer = answer;
        }

        public override string Section => "S1-S14 registrar solicitud";

        /// <summary>The request as its plan opens it; S13 and S14 are registered with their rule chosen.</summary>
        public static OpenRequest For(RequestPlan plan, Guid? accountId)
        {
            Choices.DeadlineRule? rule = plan.Opening switch
            {
                RequestOpening.AgendaInChile => Choices.DeadlineRule.S13,
                RequestOpening.VisitAgenda => Choices.DeadlineRule.S14,
                _ => null,
            };
            return new OpenRequest(plan, accountId, plan.StartUtc, rule, plan.Answer);
        }

        public override void Run(CohortRun run)
        {
            var id = run.Organization.Service.Create(NewRequestRow(run));
            ScheduleAnswer(run, run.Organization.Inspect(Request.EntityLogicalName, id)!, answer, plan, accountId);
        }

        /// <summary>
        /// Schedules the answer to a stored request (one this event opened, or a successor the chain plugin opened)
        /// from its start, due instant and the plan's timing; nothing for S14, a request without a deadline, or one
        /// already answered (S4's recorded guidance email).
        /// </summary>
        public static void ScheduleAnswer(CohortRun run, Entity stored, AnswerPlan answer, RequestPlan plan, Guid? accountId)
        {
            var rule = stored.GetAttributeValue<OptionSetValue>(Request.Rule)?.Value;
            if (rule is null || rule == (int)Choices.DeadlineRule.S14 || !stored.Contains(Request.Due) || stored.Contains(Request.AnsweredOn))
            {
                return;
            }
            var start = stored.GetAttributeValue<DateTime>(Request.Start);
            var due = stored.GetAttributeValue<DateTime>(Request.Due);
            var chosen = rule == (int)Choices.DeadlineRule.S4 ? AnswerPlan.Immediately : answer;
            if (AnswerAt(start, due, chosen) is DateTime at)
            {
                run.Schedule(new AnswerRequest(at, stored.Id, plan, accountId));
            }
        }

        private Entity NewRequestRow(CohortRun run)
        {
            var row = new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = Subject(),
                [Request.Start] = AtUtc,
            };
            if (accountId is Guid account)
            {
                row[Request.AccountId] = new EntityReference(Account.EntityLogicalName, account);
            }
            if (chosenRule is not null)
            {
                row[Request.Rule] = new OptionSetValue((int)chosenRule.Value);
            }
            if (plan.Channel is not null)
            {
                row[Request.Channel] = new OptionSetValue((int)plan.Channel.Value);
            }
            if (plan.Urgency is not null)
            {
                row[Request.Urgency] = new OptionSetValue((int)plan.Urgency.Value);
            }
            // D4: a commercial office abroad counts in its own zone; otherwise the regional office owes the answer.
            if (plan.CommercialOffice is not null)
            {
                row[Request.CommercialOffice] = plan.CommercialOffice;
            }
            else
            {
                row[Request.Office] = new OptionSetValue((int)plan.Office);
            }
            if (plan.VisitDate is DateTime visit)
            {
                row[Request.VisitDate] = visit;
            }
            return row;
        }

        private string Subject() => chosenRule switch
        {
            Choices.DeadlineRule.S13 => "Agenda en Chile para importador",
            Choices.DeadlineRule.S14 => "Agenda de visita de importador",
            _ => plan.Opening switch
            {
                RequestOpening.CharacterisationForm => "Formulario de caracterización",
                RequestOpening.SelfDiagnosis => "Test de Autodiagnóstico",
                RequestOpening.ExecutiveRequest => "Nueva asesoría",
                RequestOpening.HelpCentre => "Consulta CDA",
                _ => "Demanda de importador",
            },
        };

        private static DateTime? AnswerAt(DateTime start, DateTime due, AnswerPlan answer)
        {
            var span = due - start;
            return answer.Timing switch
            {
                AnswerTiming.OnTime => start + TimeSpan.FromTicks((long)(span.Ticks * answer.ShareOfSpan)),
                AnswerTiming.Late => due + TimeSpan.FromMinutes(1) + TimeSpan.FromTicks((long)(span.Ticks * answer.ShareOfSpan)),
                _ => null,
            };
        }
    }
}
