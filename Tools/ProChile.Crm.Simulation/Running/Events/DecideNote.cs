extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using BehaviourNote = shipped::ProChile.Crm.Dataverse.Schema.BehaviourNote;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>N3: the note is upheld or withdrawn (after the defence, or upheld when the S8 term lapsed without one).</summary>
    internal sealed class DecideNote : SimulationEvent
    {
        private readonly Guid noteId;
        private readonly Choices.NoteStatus decision;
        private readonly string section;

        public DecideNote(DateTime atUtc, Guid noteId, Choices.NoteStatus decision, string section) : base(atUtc)
        {
            this.noteId = noteId;
            this.decision = decision;
            this.section = section;
        }

        public override string Section => section;

        public override void Run(CohortRun run) => run.OwnerOf(BehaviourNote.EntityLogicalName, noteId).Update(new Entity(BehaviourNote.EntityLogicalName, noteId)
        {
            [BehaviourNote.Status] = new OptionSetValue((int)decision),
        });
    }
}
