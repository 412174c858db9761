using System.Collections.Generic;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F1/F2: the follow-ups due for a finished activity, and those left out with the reason.</summary>
    public sealed class FollowUpPlan
    {
        public FollowUpPlan(IReadOnlyList<FollowUp> due, IReadOnlyList<DecisionReason> leftOut)
        {
            Due = due;
            LeftOut = leftOut;
        }

        /// <summary>In due-date order.</summary>
        public IReadOnlyList<FollowUp> Due { get; }

        /// <summary>Why a follow-up the protocol describes is not scheduled (e.g. the company opted out of the monthly email).</summary>
        public IReadOnlyList<DecisionReason> LeftOut { get; }
    }
}
