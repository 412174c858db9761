using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Calendar
{
    /// <summary>
    /// D5: a short, stable fingerprint of the admins' one-off holidays that can move a term: those whose date lies in
    /// the term's window (its start's date to its due's date, one day of margin each side for the offices' zones around
    /// midnight). A row stores the fingerprint its term was computed with (pch_behaviournote.pch_holidayset); when the
    /// holidays now stored give another one, the term may be stale and the daily sweep re-projects it (a holiday job
    /// that ran out of time or failed). Only what the count reads enters it (date and region, or national), so renaming
    /// a holiday or citing another law changes nothing, and holidays outside the window never make a row stale.
    /// FNV-1a, 64 bits, as 16 hexadecimal digits: the same on .NET Framework and .NET (string.GetHashCode is not).
    /// Requests stamp it over their term's window too (<c>ProChile.Crm.Dataverse.Requests.RequestCalendars.HolidaySetOf</c>).
    /// </summary>
    public static class HolidaySetFingerprint
    {
        /// <summary>The fingerprint's length (pch_behaviournote.pch_holidayset holds 20).</summary>
        public const int Length = 16;

        private const ulong OffsetBasis = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        /// <summary>The fingerprint of the holidays of <paramref name="oneOffHolidays"/> in the window from <paramref name="start"/> to <paramref name="dueUtc"/>.</summary>
        public static string Of(IEnumerable<Holiday> oneOffHolidays, CivilDate start, DateTime dueUtc)
        {
            if (oneOffHolidays is null)
            {
                throw new ArgumentNullException(nameof(oneOffHolidays));
            }
            var first = start.AddDays(-1);
            var last = CivilDate.FromDateTime(dueUtc).AddDays(1);
            var lines = oneOffHolidays
                .Where(h => h.Date >= first && h.Date <= last)
                .Select(h => h.Date + "/" + (h.Region ?? "*"))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(line => line, StringComparer.Ordinal);
            ulong hash = OffsetBasis;
            foreach (byte b in Encoding.UTF8.GetBytes(string.Join("\n", lines)))
            {
                hash = unchecked((hash ^ b) * Prime);
            }
            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}
