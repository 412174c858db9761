extern alias shipped;

using System;
using System.ServiceModel;
using ProChile.Crm.LocalOrganization.Errors;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using BehaviourNote = shipped::ProChile.Crm.Dataverse.Schema.BehaviourNote;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// N3/S8: the company files its defence. On time, the note goes to defence filed and is decided ten days
    /// later; after the deadline the note plugin refuses it, which is what the plan expects and counts.
    /// </summary>
    internal sealed class FileDefence : SimulationEvent
    {
        private static readonly TimeSpan DecisionAfter = TimeSpan.FromDays(10);

        private readonly Guid noteId;
        private readonly NoShowPlan plan;
        private readonly bool late;

        public FileDefence(DateTime atUtc, Guid noteId, NoShowPlan plan, bool late) : base(atUtc)
        {
            this.noteId = noteId;
            this.plan = plan;
            this.late = late;
        }

        public override string Section => "N3 presentar descargos";

        public override void Run(CohortRun run)
        {
            var filing = new Entity(BehaviourNote.EntityLogicalName, noteId)
            {
                [BehaviourNote.Defence] = "La empresa explica su inasistencia a " + plan.Agenda + ".",
            };
            if (!late)
            {
                run.OwnerOf(BehaviourNote.EntityLogicalName, noteId).Update(filing);
                var decision = plan.WithdrawnAfterDefence ? Choices.NoteStatus.Withdrawn : Choices.NoteStatus.Upheld;
                run.Schedule(new DecideNote(AtUtc + DecisionAfter, noteId, decision, "N3 decidir tras descargos"));
                return;
            }
            try
            {
                run.OwnerOf(BehaviourNote.EntityLogicalName, noteId).Update(filing);
                run.Tallies.Unexpected(Section, "descargos fuera de plazo aceptados (N3 los rechaza)");
            }
            catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail is null || !ErrorCodes.IsSecurityRefusal(fault.Detail.ErrorCode))
            {
                run.Tallies.LateDefencesRefused++;
            }
        }
    }
}
