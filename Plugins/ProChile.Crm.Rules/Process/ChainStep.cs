using System;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Rules.Process
{
    /// <summary>What a change of a request's answer does to the chain (S1/S3/S5 → S2, S9 → S11, S10 → S12).</summary>
    public enum ChainStepKind
    {
        /// <summary>Nothing to do: the rule opens nothing, the successor exists already, or no answer was given or cleared.</summary>
        None,

        /// <summary>Open <see cref="ChainStep.Successor"/> starting at <see cref="ChainStep.Start"/>.</summary>
        OpenSuccessor,

        /// <summary>The answer was cleared and a successor was opened: look at it (<see cref="RequestChain.Undo"/>) before deciding.</summary>
        ReviewSuccessor,
    }

    /// <summary>The chain's decision on one save of a request. Immutable.</summary>
    public sealed class ChainStep
    {
        private ChainStep(ChainStepKind kind, DeadlineRule? successor, DateTime? start, string reason)
        {
            Kind = kind;
            Successor = successor;
            Start = start;
            Reason = reason;
        }

        public ChainStepKind Kind { get; }

        /// <summary>The successor's rule (S2, S11 or S12) when one is opened.</summary>
        public DeadlineRule? Successor { get; }

        /// <summary>The successor's start (UTC): the predecessor's answer instant.</summary>
        public DateTime? Start { get; }

        /// <summary>Why, in Spanish, for the trace.</summary>
        public string Reason { get; }

        internal static ChainStep None(string reason) => new ChainStep(ChainStepKind.None, null, null, reason);

        internal static ChainStep Open(DeadlineRule successor, DateTime start, string reason) => new ChainStep(ChainStepKind.OpenSuccessor, successor, start, reason);

        internal static ChainStep Review(string reason) => new ChainStep(ChainStepKind.ReviewSuccessor, null, null, reason);
    }
}
