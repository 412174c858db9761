using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// D1/D5: the days a business-day count skipped, one Spanish line per day that an executive can check
    /// against a calendar ("23-05-2026 Sábado", "29-06-2026 San Pedro y San Pablo (Ley ...)"), exactly as the
    /// request plugin stores them in pch_skippeddays, so a process can copy one into the other. Empty when none.
    /// </summary>
    internal static class SkippedDaysText
    {
        public static string Of(IEnumerable<NonBusinessDay> skipped) =>
            string.Join("\n", skipped.Select(Describe));

        private static string Describe(NonBusinessDay day)
        {
            var text = SpanishFormat.Date(day.Date) + " " + day.Description;
            return day.Holiday == null ? text : text + " (" + day.Holiday.LegalBasis + ")";
        }
    }
}
