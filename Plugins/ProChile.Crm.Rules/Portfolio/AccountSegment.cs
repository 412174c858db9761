namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C3: every account is exactly one of these.</summary>
    public enum AccountSegment
    {
        /// <summary>C1 "cuenta potencial": registered with required fields incomplete.</summary>
        Potential = 1,

        /// <summary>C3 "NO CARTERA": incomplete data, deactivated, or out of focus.</summary>
        OutsidePortfolio = 2,

        /// <summary>C2/C3 "CARTERA": active, complete, validated, in focus; carries a category (C4).</summary>
        Portfolio = 3,
    }
}
