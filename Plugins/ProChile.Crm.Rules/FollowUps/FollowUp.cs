using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F1/F2: one follow-up that is due: what, on which date, to whom, in whose name, and why.</summary>
    public sealed class FollowUp
    {
        public FollowUp(FollowUpKind kind, CivilDate dueOn, FollowUpRecipient recipient, string executive, bool offersOptOut, DecisionReason reason)
        {
            Kind = kind;
            DueOn = dueOn;
            Recipient = recipient;
            Executive = executive;
            OffersOptOut = offersOptOut;
            Reason = reason;
        }

        public FollowUpKind Kind { get; }

        /// <summary>The date the task is due or the email is sent (the office's civil date).</summary>
        public CivilDate DueOn { get; }

        public FollowUpRecipient Recipient { get; }

        /// <summary>The executive in charge: the task's owner, or the name the email is sent in.</summary>
        public string Executive { get; }

        /// <summary>C5: the email carries the option of not receiving the monthly email again.</summary>
        public bool OffersOptOut { get; }

        /// <summary>The rule and the Spanish sentence the task or email record carries.</summary>
        public DecisionReason Reason { get; }
    }
}
