using System;
using System.Globalization;

namespace ProChile.Crm.Rules
{
    /// <summary>How dates and times appear in the Spanish texts executives read: day-month-year, 24-hour clock.</summary>
    internal static class SpanishFormat
    {
        public static string Date(DateTime date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

        public static string Date(Calendar.CivilDate date) => Date(date.ToDateTime());

        public static string DateTime(DateTime local) => local.ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);

        /// <summary>"1 acción" / "3 acciones": the count with its noun in the right number.</summary>
        public static string Count(int count, string singular, string plural) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
    }
}
