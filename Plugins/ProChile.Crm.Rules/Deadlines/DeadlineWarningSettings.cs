using System;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// D6 settings: when a running deadline counts as "at risk". A business-day deadline is at risk once fewer
    /// than <see cref="BusinessDaysAtRisk"/> business days remain (default 1: from the start of its last
    /// business day); any other deadline once less than <see cref="ShareOfSpanAtRisk"/> of its span remains
    /// (default 0.25). Admin-changeable values, passed in; the defaults are the protocol's.
    /// </summary>
    public sealed class DeadlineWarningSettings
    {
        public const int DefaultBusinessDaysAtRisk = 1;
        public const double DefaultShareOfSpanAtRisk = 0.25;

        /// <summary>The protocol's defaults (D6): 1 business day; 25 % of the span.</summary>
        public static readonly DeadlineWarningSettings Default = new DeadlineWarningSettings(DefaultBusinessDaysAtRisk, DefaultShareOfSpanAtRisk);

        public DeadlineWarningSettings(int businessDaysAtRisk, double shareOfSpanAtRisk)
        {
            if (businessDaysAtRisk < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(businessDaysAtRisk), businessDaysAtRisk, "Se aceptan 0 o más días hábiles.");
            }
            if (double.IsNaN(shareOfSpanAtRisk) || shareOfSpanAtRisk < 0 || shareOfSpanAtRisk > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(shareOfSpanAtRisk), shareOfSpanAtRisk, "Se acepta una proporción entre 0 y 1 (p. ej., 0.25).");
            }
            BusinessDaysAtRisk = businessDaysAtRisk;
            ShareOfSpanAtRisk = shareOfSpanAtRisk;
        }

        /// <summary>Business-day deadlines are at risk when fewer business days than this remain.</summary>
        public int BusinessDaysAtRisk { get; }

        /// <summary>Calendar-day and hour deadlines are at risk when less than this share of the span remains.</summary>
        public double ShareOfSpanAtRisk { get; }
    }
}
