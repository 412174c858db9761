namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C1-C4: an account's segment and, for portfolio accounts only, its category.</summary>
    public sealed class AccountClassification
    {
        public AccountClassification(SegmentDecision segment, CategoryDecision? category)
        {
            Segment = segment;
            Category = category;
        }

        public SegmentDecision Segment { get; }

        /// <summary>Null unless the segment is <see cref="AccountSegment.Portfolio"/>: only CARTERA carries a category.</summary>
        public CategoryDecision? Category { get; }
    }
}
