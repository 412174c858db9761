using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Calendar
{
    /// <summary>
    /// D5: a short, stable fingerprint of the admins' one-off holiday set (as <see cref="OneOffHolidayRows.Read"/>
    /// returns it), stored beside a computed deadline so the daily sweep can find the rows computed with an older set
    /// (a re-projection that ran out of time, or a job that failed) and bring them up to date. Only what moves a
    /// deadline counts: each holiday's date and region, not its name or law; the order of the rows does not matter.
    /// FNV-1a, 64 bits, as 16 hexadecimal digits: no cryptography is needed, only equality, and it is the same on
    /// .NET Framework and .NET (string.GetHashCode is not).
    /// </summary>
    public static class HolidaySetFingerprint
    {
        /// <summary>The fingerprint's length (the columns that store it, e.g. pch_behaviournote.pch_holidayset of 20, hold at least this many).</summary>
        public const int Length = 16;

        private const ulong OffsetBasis = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static string Of(IEnumerable<Holiday> adminHolidays)
        {
            if (adminHolidays is null)
            {
                throw new ArgumentNullException(nameof(adminHolidays));
            }
            var lines = adminHolidays
                .Select(h => h.Date.ToString() + "|" + (h.Region ?? "*"))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(line => line, StringComparer.Ordinal);
            ulong hash = OffsetBasis;
            foreach (var line in lines)
            {
                foreach (char c in line + "\n")
                {
                    hash = (hash ^ c) * Prime;
                }
            }
            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }
    }
}
