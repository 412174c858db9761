using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D5: every holiday one office observes — the computed national holidays, the recurring regional ones of
    /// its region, and the one-off holidays given as data (national ones, and regional ones of its region).
    /// It answers which days are holidays; weekends and business-day counting belong to <see cref="BusinessCalendar"/>.
    /// </summary>
    public sealed class HolidayCalendar
    {
        private readonly NationalHolidayRules nationalRules;
        private readonly Holiday[] oneOffs;

        /// <param name="nationalRules">The national rules (built on mainland Chile's zone).</param>
        /// <param name="region">The region slug whose regional holidays apply; null for national holidays only
        /// (e.g. a commercial office abroad).</param>
        /// <param name="oneOffHolidays">One-off holidays as data: the shipped <see cref="KnownOneOffHolidays"/> and/or
        /// the admins' rows; those of other regions are ignored.</param>
        public HolidayCalendar(NationalHolidayRules nationalRules, string? region, IEnumerable<Holiday> oneOffHolidays)
        {
            this.nationalRules = nationalRules ?? throw new ArgumentNullException(nameof(nationalRules));
            Region = region;
            oneOffs = (oneOffHolidays ?? throw new ArgumentNullException(nameof(oneOffHolidays)))
                .Where(h => h != null && h.AppliesTo(region))
                .OrderBy(h => h.Date)
                .ToArray();
        }

        /// <summary>The region slug whose holidays apply, or null for national holidays only.</summary>
        public string? Region { get; }

        /// <summary>The holidays of <paramref name="year"/> this office observes, in date order (national before regional on the same day).</summary>
        public IReadOnlyList<Holiday> InYear(int year)
        {
            var all = new List<Holiday>(nationalRules.InYear(year));
            all.AddRange(RegionalHolidayRules.InYear(year).Where(h => h.AppliesTo(Region)));
            all.AddRange(oneOffs.Where(h => h.Date.Year == year));
            return all
                .Select((holiday, order) => new { holiday, order })
                .OrderBy(x => x.holiday.Date)
                .ThenBy(x => x.holiday.Scope)
                .ThenBy(x => x.order)
                .Select(x => x.holiday)
                .ToList();
        }
    }
}
