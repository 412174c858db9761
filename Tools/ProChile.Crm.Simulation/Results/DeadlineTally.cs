using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// One office's requests under one rule at the year's end: met (answered by the due instant; S14: the 30 days'
    /// notice held; S8: the company filed its defence in time), breached (answered late, or still unanswered past
    /// due; S14: short notice, flagged; S8: the term lapsed) and open (not answered, not yet due).
    /// </summary>
    public sealed class DeadlineTally
    {
        public DeadlineTally(string office, int officeOrder, string rule, int ruleOrder)
        {
            Office = office;
            OfficeOrder = officeOrder;
            Rule = rule;
            RuleOrder = ruleOrder;
        }

        public string Office { get; }

        public int OfficeOrder { get; }

        /// <summary>S1..S14.</summary>
        public string Rule { get; }

        public int RuleOrder { get; }

        public int Met { get; set; }

        public int Breached { get; set; }

        public int Open { get; set; }

        public int Requests => Met + Breached + Open;

        public static DeadlineTally Sum(string office, int officeOrder, string rule, int ruleOrder, IEnumerable<DeadlineTally> tallies)
        {
            var sum = new DeadlineTally(office, officeOrder, rule, ruleOrder);
            foreach (var tally in tallies)
            {
                sum.Met += tally.Met;
                sum.Breached += tally.Breached;
                sum.Open += tally.Open;
            }
            return sum;
        }
    }
}
