using System;
using ProChile.Crm.Rules.Settings;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C1-C4: segment (<see cref="SegmentRule"/>) and, inside the portfolio, category (<see cref="CategoryRule"/>) in one call.</summary>
    public static class AccountClassifier
    {
        public static AccountClassification Classify(
            AccountProfile account, CategoryState state, AccountActions actions, CivilDate asOfDate, RuleSettings settings)
        {
            var segment = SegmentRule.Decide(account ?? throw new ArgumentNullException(nameof(account)));
            if (segment.Segment != AccountSegment.Portfolio)
            {
                return new AccountClassification(segment, null);
            }
            var inputs = new CategoryInputs(account.IsExportaMas, state, actions, settings);
            return new AccountClassification(segment, CategoryRule.Decide(inputs, asOfDate));
        }
    }
}
