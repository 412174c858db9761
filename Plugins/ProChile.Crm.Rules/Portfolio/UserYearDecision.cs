namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C6: whether a company is a user ("empresa usuaria") in a calendar year, and why.</summary>
    public sealed class UserYearDecision
    {
        public UserYearDecision(int year, bool isUser, DecisionReason reason)
        {
            Year = year;
            IsUser = isUser;
            Reason = reason;
        }

        public int Year { get; }

        public bool IsUser { get; }

        public DecisionReason Reason { get; }
    }
}
