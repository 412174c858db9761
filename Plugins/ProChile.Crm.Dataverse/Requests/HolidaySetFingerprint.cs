using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Requests
{
    /// <summary>
    /// D5: a short, stable fingerprint of the admins' one-off holidays that can move a term: those whose date lies in
    /// the term's window (its start's date to its due's date, one day of margin each side for the offices' zones,
    /// UTC-3 to UTC-6 around midnight). Only what the count reads enters it (date and region, or national), so renaming
    /// a holiday or citing another law changes nothing. A request stores the fingerprint it was computed with
    /// (<see cref="Schema.Request.HolidaySet"/>); when the holidays now stored give another one, its deadline may be
    /// stale and is re-projected. Holidays outside the window cannot move the due instant, so they never make a
    /// request stale. The hash is FNV-1a (64 bits), the same on .NET Framework and .NET, unlike string.GetHashCode.
    /// </summary>
    public static class HolidaySetFingerprint
    {
        private const ulong OffsetBasis = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        /// <summary>The fingerprint of the holidays of <paramref name="oneOffHolidays"/> in the window of a term from <paramref name="startUtc"/> to <paramref name="dueUtc"/>.</summary>
        public static string Of(IEnumerable<Holiday> oneOffHolidays, DateTime startUtc, DateTime dueUtc)
        {
            if (oneOffHolidays is null)
            {
                throw new ArgumentNullException(nameof(oneOffHolidays));
            }
            var first = CivilDate.FromDateTime(startUtc).AddDays(-1);
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
