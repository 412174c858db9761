using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// Builds the <see cref="OfficeCalendar"/> of an office (by slug) or of a place known only by its time zone
    /// id (a commercial office abroad: Chilean national holidays, counted in that zone), from one set of
    /// one-off holidays and one zone resolver. Building a calendar tabulates a century, so each table is built
    /// on first use and kept by this instance: day boundaries once per zone, business days once per distinct
    /// holiday set (offices with no holidays of their own share the national one). The cache is per instance
    /// (there is no static state) and guarded by a lock, so one instance can serve many threads.
    /// </summary>
    public sealed class OfficeCalendars
    {
        private readonly TimeZoneResolver resolver;
        private readonly Holiday[] oneOffHolidays;
        private readonly NationalHolidayRules nationalRules;
        private readonly Dictionary<string, OfficeCalendar> calendars = new Dictionary<string, OfficeCalendar>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DayBoundaries> boundariesByZone = new Dictionary<string, DayBoundaries>(StringComparer.Ordinal);
        private readonly Dictionary<string, BusinessCalendar> businessByRegion = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        private readonly object gate = new object();

        /// <param name="resolver">Resolves the offices' zones on this platform.</param>
        /// <param name="oneOffHolidays">One-off holidays as data: usually <see cref="KnownOneOffHolidays.All"/> plus the admins' rows.</param>
        public OfficeCalendars(TimeZoneResolver resolver, IEnumerable<Holiday> oneOffHolidays)
        {
            this.resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
            this.oneOffHolidays = (oneOffHolidays ?? throw new ArgumentNullException(nameof(oneOffHolidays))).ToArray();
            nationalRules = new NationalHolidayRules(resolver.Resolve(TimeZoneResolver.Santiago));
        }

        /// <summary>The platform's zones and the shipped one-off holidays only.</summary>
        public static OfficeCalendars WithKnownHolidays() => new OfficeCalendars(TimeZoneResolver.ForPlatform(), KnownOneOffHolidays.All);

        /// <summary>The national rules these calendars use.</summary>
        public NationalHolidayRules NationalRules => nationalRules;

        /// <summary>The holidays the office of <paramref name="office"/> observes (no business-day tables are built).</summary>
        public HolidayCalendar HolidaysFor(Office office) => new HolidayCalendar(nationalRules, office.HolidayRegion, oneOffHolidays);

        /// <summary>The calendar of an office slug; throws <see cref="UnknownOfficeException"/> for an unknown slug.</summary>
        public OfficeCalendar ForOffice(string slug) => ForOffice(Offices.Get(slug));

        public OfficeCalendar ForOffice(Office office)
        {
            if (office == null) throw new ArgumentNullException(nameof(office));
            lock (gate)
            {
                return Cached("office:" + office.Slug, () =>
                    new OfficeCalendar(office.Slug, office, BoundariesFor(resolver.Resolve(office.TimeZoneId)), BusinessDaysFor(office.HolidayRegion)));
            }
        }

        /// <summary>
        /// The calendar of a place known only by its zone (IANA or Windows id): Chilean national holidays and
        /// weekends, counted in that zone. Throws <see cref="UnknownTimeZoneException"/> for an unknown id.
        /// </summary>
        public OfficeCalendar ForTimeZone(string timeZoneId)
        {
            var zone = resolver.Resolve(timeZoneId);
            lock (gate)
            {
                return Cached("zone:" + zone.Id, () => new OfficeCalendar(zone.Id, null, BoundariesFor(zone), BusinessDaysFor(null)));
            }
        }

        private OfficeCalendar Cached(string key, Func<OfficeCalendar> build)
        {
            if (!calendars.TryGetValue(key, out var calendar))
            {
                calendar = build();
                calendars.Add(key, calendar);
            }
            return calendar;
        }

        private DayBoundaries BoundariesFor(OfficeTimeZone zone)
        {
            string key = zone.Id + "|" + zone.PlatformId;
            if (!boundariesByZone.TryGetValue(key, out var boundaries))
            {
                boundaries = new DayBoundaries(zone);
                boundariesByZone.Add(key, boundaries);
            }
            return boundaries;
        }

        // Offices whose region has no holiday of its own (recurring or one-off) share the national calendar.
        private BusinessCalendar BusinessDaysFor(string? region)
        {
            bool ownHolidays = region != null
                && (RegionalHolidayRules.Regions.Contains(region) || oneOffHolidays.Any(h => h.Scope == HolidayScope.Regional && h.Region == region));
            string? holidayRegion = ownHolidays ? region : null;
            string key = holidayRegion ?? string.Empty;
            if (!businessByRegion.TryGetValue(key, out var business))
            {
                business = new BusinessCalendar(new HolidayCalendar(nationalRules, holidayRegion, oneOffHolidays));
                businessByRegion.Add(key, business);
            }
            return business;
        }
    }
}
