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

        /// <summary>The fingerprint of a window without any one-off holiday: what most rows store.</summary>
        public static readonly string None = Of(Array.Empty<Holiday>(), CivilDate.FromDateTime(new DateTime(2000, 1, 1)), new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        /// <summary>
        /// The window's bounds as instants, for a query: a holiday on <paramref name="date"/> falls in the window of a term
        /// exactly when the term starts before <see cref="WindowStartsBefore"/> and is due at or after <see cref="WindowDueFrom"/>
        /// (the window runs from the start's date minus one day to the due's date plus one, both dates of the stored UTC instants).
        /// </summary>
        public static DateTime WindowStartsBefore(CivilDate date) => DateTime.SpecifyKind(date.AddDays(2).ToDateTime(), DateTimeKind.Utc);

        /// <inheritdoc cref="WindowStartsBefore"/>
        public static DateTime WindowDueFrom(CivilDate date) => DateTime.SpecifyKind(date.AddDays(-1).ToDateTime(), DateTimeKind.Utc);

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
