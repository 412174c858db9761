namespace ProChile.Crm.Rules.Process
{
    /// <summary>What clearing a predecessor's answer does to the successor it opened.</summary>
    public enum UndoStepKind
    {
        /// <summary>Nobody worked on the successor: deactivate it (cancelled) and free the predecessor's link.</summary>
        CancelSuccessor,

        /// <summary>The successor is already inactive: only free the predecessor's link, so a new answer opens a new one.</summary>
        ReleaseLink,

        /// <summary>The successor has its own answer: clearing the predecessor's is refused (<see cref="UndoStep.Message"/>).</summary>
        Refuse,
    }

    /// <summary>The decision on a successor when its predecessor's answer is cleared. Immutable.</summary>
    public sealed class UndoStep
    {
        internal UndoStep(UndoStepKind kind, string message)
        {
            Kind = kind;
            Message = message;
        }

        public UndoStepKind Kind { get; }

        /// <summary>Spanish: the refusal shown to the user, or why the successor is cancelled (trace).</summary>
        public string Message { get; }
    }
}
