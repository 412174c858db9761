using System;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Deadlines;
using RuleDeadlineStatus = ProChile.Crm.Rules.Deadlines.DeadlineStatus;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>S1..S14 and D6: the deadline rule and status choices and the rules' values.</summary>
    public static class DeadlineChoices
    {
        public const string ExpectedRule = "una de las reglas de plazo S1 a S14";

        /// <summary>The rule of a choice value (S1 is 168700001 ... S14 is 168700014); false for any other value.</summary>
        public static bool TryGetRule(int choiceValue, out DeadlineRule rule)
        {
            rule = null!;
            return Enum.IsDefined(typeof(Choices.DeadlineRule), choiceValue)
                && ProtocolDeadlines.TryGet(((Choices.DeadlineRule)choiceValue).ToString(), out rule);
        }

        /// <summary>The choice value of a rule id ("S7").</summary>
        public static int ToChoice(string ruleId) =>
            (int)(Choices.DeadlineRule)Enum.Parse(typeof(Choices.DeadlineRule), ruleId, ignoreCase: true);

        /// <summary>
        /// The status choice: a running deadline is on time, at risk (D6) or overdue; a fulfilled one is met or missed.
        /// The rules' Breached splits into overdue (no answer yet) and missed (answered late).
        /// </summary>
        public static int ToChoice(RuleDeadlineStatus status, bool answered)
        {
            switch (status)
            {
                case RuleDeadlineStatus.InProgress:
                    return (int)Choices.DeadlineStatus.OnTime;
                case RuleDeadlineStatus.AtRisk:
                    return (int)Choices.DeadlineStatus.AtRisk;
                case RuleDeadlineStatus.Met:
                    return (int)Choices.DeadlineStatus.Met;
                case RuleDeadlineStatus.Breached:
                    return answered ? (int)Choices.DeadlineStatus.Missed : (int)Choices.DeadlineStatus.Overdue;
                default:
                    throw new ArgumentOutOfRangeException(nameof(status), status, "InProgress, AtRisk, Met and Breached are the deadline states.");
            }
        }
    }
}
