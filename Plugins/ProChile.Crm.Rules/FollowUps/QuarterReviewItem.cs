using System.Collections.Generic;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F3: one company on a commercial executive's quarter-end review list, with why it deserves special follow-up.</summary>
    public sealed class QuarterReviewItem
    {
        public QuarterReviewItem(string companyId, string companyName, int attentions, IReadOnlyList<DecisionReason> specialFollowUp)
        {
            CompanyId = companyId;
            CompanyName = companyName;
            Attentions = attentions;
            SpecialFollowUp = specialFollowUp;
        }

        public string CompanyId { get; }

        public string CompanyName { get; }

        /// <summary>How many attentions the company had in the quarter.</summary>
        public int Attentions { get; }

        /// <summary>The protocol's reasons for special follow-up; empty for a plain review call.</summary>
        public IReadOnlyList<DecisionReason> SpecialFollowUp { get; }

        public bool IsSpecial => SpecialFollowUp.Count > 0;
    }
}
