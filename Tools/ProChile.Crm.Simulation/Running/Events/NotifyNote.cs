extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using BehaviourNote = shipped::ProChile.Crm.Dataverse.Schema.BehaviourNote;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// N2: the certified letter is received at the post office; the note plugin computes the deemed notification
    /// and the S8 defence deadline. The company's conduct is then scheduled against that stored deadline.
    /// </summary>
    internal sealed class NotifyNote : SimulationEvent
    {
        private readonly Guid noteId;
        private readonly NoShowPlan plan;

        public NotifyNote(DateTime atUtc, Guid noteId, NoShowPlan plan) : base(atUtc)
        {
            this.noteId = noteId;
            this.plan = plan;
        }

        public override string Section => "N2 notificar nota";

        public override void Run(CohortRun run)
        {
            run.OwnerOf(BehaviourNote.EntityLogicalName, noteId).Update(new Entity(BehaviourNote.EntityLogicalName, noteId)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = DateTime.SpecifyKind(AtUtc.Date, DateTimeKind.Unspecified),
            });
            var due = run.Organization.Inspect(BehaviourNote.EntityLogicalName, noteId)!.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue);
            // N3: with no defence by the deadline the note is upheld, by the next morning's daily job.
            var lapse = due.AddHours(9);
            switch (plan.Conduct)
            {
                case DefenceConduct.FilesOnTime:
                    run.Schedule(new FileDefence(AtUtc + TimeSpan.FromTicks((long)((due - AtUtc).Ticks * plan.ShareOfDefenceSpan)), noteId, plan, late: false));
                    break;
                case DefenceConduct.FilesLate:
                    run.Schedule(new FileDefence(due.AddHours(2), noteId, plan, late: true));
                    run.Schedule(new DecideNote(lapse, noteId, Choices.NoteStatus.Upheld, "N3 nota mantenida sin descargos"));
                    break;
                default:
                    run.Schedule(new DecideNote(lapse, noteId, Choices.NoteStatus.Upheld, "N3 nota mantenida sin descargos"));
                    break;
            }
        }
    }
}
