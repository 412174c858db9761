using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C7: whether a company is a former user ("antigua usuaria") on a date, and why.</summary>
    public sealed class FormerUserDecision
    {
        public FormerUserDecision(bool isFormerUser, CivilDate? lastWorkedOn, DecisionReason reason)
        {
            IsFormerUser = isFormerUser;
            LastWorkedOn = lastWorkedOn;
            Reason = reason;
        }

        public bool IsFormerUser { get; }

        /// <summary>The date of the latest qualifying action; null when the company never worked with ProChile.</summary>
        public CivilDate? LastWorkedOn { get; }

        public DecisionReason Reason { get; }
    }
}
