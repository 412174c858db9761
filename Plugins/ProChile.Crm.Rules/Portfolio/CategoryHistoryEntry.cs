using System;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C5: one change of a company's category: when, from what, to what, why and who.</summary>
    public sealed class CategoryHistoryEntry
    {
        public CategoryHistoryEntry(DateTime whenUtc, PortfolioCategory from, PortfolioCategory to, DecisionReason why, string who)
        {
            WhenUtc = whenUtc;
            From = from;
            To = to;
            Why = why;
            Who = who;
        }

        /// <summary>The instant of the change (UTC, as Dataverse stores it).</summary>
        public DateTime WhenUtc { get; }

        public PortfolioCategory From { get; }

        public PortfolioCategory To { get; }

        /// <summary>The reason for the new category (e.g. <see cref="CategoryRule.DemotedByOptOut"/>).</summary>
        public DecisionReason Why { get; }

        /// <summary>Who caused it: the executive, or the company's contact who answered the follow-up email.</summary>
        public string Who { get; }
    }
}
