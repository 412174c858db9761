using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C8: the next intake step, the deadline rule that times it (none for the test), and why.</summary>
    public sealed class IntakeRoute
    {
        public IntakeRoute(IntakeStep step, DeadlineRule? deadline, DecisionReason reason)
        {
            Step = step;
            Deadline = deadline;
            Reason = reason;
        }

        public IntakeStep Step { get; }

        /// <summary>S1, S3, S4 or S5 from <see cref="ProtocolDeadlines"/>; null when the company must take the test.</summary>
        public DeadlineRule? Deadline { get; }

        public DecisionReason Reason { get; }
    }
}
