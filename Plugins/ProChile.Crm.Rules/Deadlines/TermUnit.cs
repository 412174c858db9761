using System;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>How a term is counted (D1–D3).</summary>
    public enum TermUnit
    {
        /// <summary>D1 "días hábiles": Monday to Friday minus holidays; ends 23:59:59 local of the last one.</summary>
        BusinessDays = 0,

        /// <summary>D2 "días corridos": every day counts; ends 23:59:59 local of the last one.</summary>
        CalendarDays = 1,

        /// <summary>D3: an exact elapsed duration from the event instant.</summary>
        Hours = 2,
    }

    /// <summary>The stable text names of <see cref="TermUnit"/> ("business-days", "calendar-days", "hours").</summary>
    public static class TermUnits
    {
        public static string ToSlug(this TermUnit unit)
        {
            switch (unit)
            {
                case TermUnit.BusinessDays:
                    return "business-days";
                case TermUnit.CalendarDays:
                    return "calendar-days";
                case TermUnit.Hours:
                    return "hours";
                default:
                    throw new ArgumentOutOfRangeException(nameof(unit), unit, "Se aceptan BusinessDays, CalendarDays y Hours.");
            }
        }

        /// <summary>The Spanish name of the unit, for executives ("días hábiles", "días corridos", "horas").</summary>
        public static string ToSpanish(this TermUnit unit)
        {
            switch (unit)
            {
                case TermUnit.BusinessDays:
                    return "días hábiles";
                case TermUnit.CalendarDays:
                    return "días corridos";
                case TermUnit.Hours:
                    return "horas";
                default:
                    throw new ArgumentOutOfRangeException(nameof(unit), unit, "Se aceptan BusinessDays, CalendarDays y Hours.");
            }
        }
    }
}
