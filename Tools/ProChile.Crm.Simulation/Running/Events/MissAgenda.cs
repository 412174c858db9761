extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using Account = shipped::ProChile.Crm.Dataverse.Schema.Account;
using BehaviourNote = shipped::ProChile.Crm.Dataverse.Schema.BehaviourNote;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// N1: the company did not attend an agenda the commercial office confirmed. Force majeure excuses it (no
    /// note); otherwise its regional executive leaves a draft note the next day, and the certified letter reaches
    /// the post office a few days later (N2).
    /// </summary>
    internal sealed class MissAgenda : SimulationEvent
    {
        private readonly Guid accountId;
        private readonly Choices.Region region;
        private readonly NoShowPlan plan;

        public MissAgenda(Guid accountId, Choices.Region region, NoShowPlan plan) : base(plan.AtUtc)
        {
            this.accountId = accountId;
            this.region = region;
            this.plan = plan;
        }

        public override string Section => "N1 inasistencia y nota";

        public override void Run(CohortRun run)
        {
            run.Tallies.NoShows++;
            if (plan.ForceMajeure)
            {
                run.Tallies.ExcusedByForceMajeure++;
                return;
            }
            var noteId = run.ExecutiveOf(region).Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Inasistencia a " + plan.Agenda,
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
                [BehaviourNote.Agenda] = plan.Agenda,
                [BehaviourNote.Reason] = "La empresa no asistió a la agenda confirmada por la oficina comercial y no invocó caso fortuito o fuerza mayor.",
            });
            run.Schedule(new NotifyNote(AtUtc.AddDays(plan.DaysToPostOffice), noteId, plan));
        }
    }
}
