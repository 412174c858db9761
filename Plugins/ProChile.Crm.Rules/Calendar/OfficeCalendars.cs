using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// Builds the <see cref="OfficeCalendar"/> of an office (by slug) or of a place known only by its time zone
    /// id (a commercial office abroad: Chilean national holidays, counted in that zone), from one set of
    /// one-off holidays and one zone resolver. Building a calendar costs some milliseconds (it tabulates a
    /// century), so each one is built on first use and kept by this instance; the cache is per instance
    /// (there is no static state) and guarded by a lock, so one instance can serve many threads.
    /// </summary>
    public sealed class OfficeCalendars
    {
        private readonly TimeZoneResolver resolver;
        private readonly Holiday[] oneOffHolidays;
        private readonly NationalHolidayRules nationalRules;
        private readonly Dictionary<string, OfficeCalendar> built = new Dictionary<string, OfficeCalendar>(StringComparer.OrdinalIgnoreCase);
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
            return GetOrBuild("office:" + office.Slug, () =>
                new OfficeCalendar(office.Slug, office, resolver.Resolve(office.TimeZoneId), new BusinessCalendar(HolidaysFor(office))));
        }

        /// <summary>
        /// The calendar of a place known only by its zone (IANA or Windows id): Chilean national holidays and
        /// weekends, counted in that zone. Throws <see cref="UnknownTimeZoneException"/> for an unknown id.
        /// </summary>
        public OfficeCalendar ForTimeZone(string timeZoneId)
        {
            var zone = resolver.Resolve(timeZoneId);
            return GetOrBuild("zone:" + zone.Id, () =>
                new OfficeCalendar(zone.Id, null, zone, new BusinessCalendar(new HolidayCalendar(nationalRules, null, oneOffHolidays))));
        }

        private OfficeCalendar GetOrBuild(string key, Func<OfficeCalendar> build)
        {
            lock (gate)
            {
                if (!built.TryGetValue(key, out var calendar))
                {
                    calendar = build();
                    built.Add(key, calendar);
                }
                return calendar;
            }
        }
    }
}
