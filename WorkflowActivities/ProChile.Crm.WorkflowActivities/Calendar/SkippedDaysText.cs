using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// D1/D5: the days a business-day count skipped, as one Spanish line an executive can check against a
    /// calendar: "23-05-2026 Sábado; 24-05-2026 Domingo; 29-06-2026 San Pedro y San Pablo (Ley 19.668)".
    /// Empty when nothing was skipped.
    /// </summary>
    internal static class SkippedDaysText
    {
        public static string Of(IEnumerable<NonBusinessDay> skipped) =>
            string.Join("; ", skipped.Select(Describe));

        private static string Describe(NonBusinessDay day)
        {
            var text = SpanishFormat.Date(day.Date) + " " + day.Description;
            return day.Holiday == null ? text : text + " (" + day.Holiday.LegalBasis + ")";
        }
    }
}
