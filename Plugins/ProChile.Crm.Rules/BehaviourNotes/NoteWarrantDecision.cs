using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N1: whether the regional executive must leave a behaviour note, and why.</summary>
    public sealed class NoteWarrantDecision
    {
        public NoteWarrantDecision(bool noteRequired, DecisionReason reason)
        {
            NoteRequired = noteRequired;
            Reason = reason;
        }

        public bool NoteRequired { get; }

        public DecisionReason Reason { get; }
    }
}
