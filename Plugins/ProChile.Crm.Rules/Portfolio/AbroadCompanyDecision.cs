namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C9: how a company that approaches a commercial office abroad is attended, and why.</summary>
    public sealed class AbroadCompanyDecision
    {
        public AbroadCompanyDecision(CompanyOrigin origin, DecisionReason reason)
        {
            Origin = origin;
            Reason = reason;
        }

        public CompanyOrigin Origin { get; }

        public DecisionReason Reason { get; }
    }
}
