namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// Why a rule decided what it did: a stable <see cref="Code"/> for filters and reports, the
    /// <see cref="RuleId"/> it applies, and the Spanish <see cref="Text"/> an executive reads on the account.
    /// </summary>
    public sealed class DecisionReason
    {
        public DecisionReason(string code, string ruleId, string text)
        {
            Code = code;
            RuleId = ruleId;
            Text = text;
        }

        /// <summary>A stable code, e.g. <c>C3.Deactivated</c>.</summary>
        public string Code { get; }

        /// <summary>The protocol rule that decided, e.g. <c>C3</c>.</summary>
        public string RuleId { get; }

        /// <summary>The sentence shown to the executive (Spanish).</summary>
        public string Text { get; }

        public override string ToString() => Code + ": " + Text;
    }
}
