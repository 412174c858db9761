using System.Collections.Generic;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N4: the priority of a request to join an activity, the notes in force that decided it, and why.</summary>
    public sealed class RequestPriorityDecision
    {
        public RequestPriorityDecision(RequestPriority priority, IReadOnlyList<string> notesInForce, DecisionReason reason)
        {
            Priority = priority;
            NotesInForce = notesInForce;
            Reason = reason;
        }

        public RequestPriority Priority { get; }

        /// <summary>The ids of the company's notes in force when it asked.</summary>
        public IReadOnlyList<string> NotesInForce { get; }

        public DecisionReason Reason { get; }
    }
}
