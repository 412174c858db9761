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
    /// instant and the plan's share of the span: S4's guidance email goes at once (its term is 0 hours); S14 is a
    /// lead time, flagged by the plugin, with nothing to answer.
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

        /// <summary>The follow-up duty an answer starts: S2 after a contact (S1, S3, S5), S11/S12 after answering a demand (S9/S10).</summary>
        public static OpenRequest FollowUp(RequestPlan plan, Guid? accountId, DateTime answeredAtUtc, Choices.DeadlineRule rule) =>
            new OpenRequest(plan, accountId, answeredAtUtc, rule, plan.FollowUpAnswer);

        public override void Run(CohortRun run)
        {
            var id = run.Organization.Service.Create(NewRequestRow(run));
            var stored = run.Organization.Inspect(Request.EntityLogicalName, id)!;
            var rule = stored.GetAttributeValue<OptionSetValue>(Request.Rule)?.Value;
            if (rule is null || rule == (int)Choices.DeadlineRule.S14 || !stored.Contains(Request.Due))
            {
                return;
            }
            var due = stored.GetAttributeValue<DateTime>(Request.Due);
            var chosen = rule == (int)Choices.DeadlineRule.S4 ? AnswerPlan.Immediately : answer;
            if (AnswerAt(AtUtc, due, chosen) is DateTime at)
            {
                run.Schedule(new AnswerRequest(at, id, (Choices.DeadlineRule)rule.Value, plan, accountId));
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
            Choices.DeadlineRule.S2 => "Entrevista o visita tras el contacto",
            Choices.DeadlineRule.S11 or Choices.DeadlineRule.S12 => "Seguimiento con el importador",
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
