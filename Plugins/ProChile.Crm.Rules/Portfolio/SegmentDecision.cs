namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C1-C3: an account's segment and the condition that decided it.</summary>
    public sealed class SegmentDecision
    {
        public SegmentDecision(AccountSegment segment, DecisionReason reason)
        {
            Segment = segment;
            Reason = reason;
        }

        public AccountSegment Segment { get; }

        public DecisionReason Reason { get; }
    }
}
