namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C4: a portfolio company's category and the condition that decided it.</summary>
    public sealed class CategoryDecision
    {
        public CategoryDecision(PortfolioCategory category, DecisionReason reason)
        {
            Category = category;
            Reason = reason;
        }

        public PortfolioCategory Category { get; }

        public DecisionReason Reason { get; }
    }
}
