using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Calendar
{
    /// <summary>
    /// D4/D5: the offices' calendars for a given set of admin one-off holidays, plus the shipped
    /// <see cref="KnownOneOffHolidays"/>. Tabulating a calendar costs milliseconds, so the calendars for the
    /// latest holiday set are kept and reused while the set read from Dataverse is the same; a changed set
    /// (a row added, moved or removed) builds new ones, so holiday rows take effect on the next execution.
    /// The cache is keyed by the holidays' content, never by a caller, and guarded by a lock: one instance can
    /// sit in a plugin's readonly field and serve every thread.
    /// </summary>
    public sealed class OfficeCalendarCache
    {
        private readonly TimeZoneResolver resolver;
        private readonly object gate = new object();
        private string? currentKey;
        private OfficeCalendars? current;

        /// <summary>
        /// The one cache every plugin step and activity of this assembly uses. Dataverse caches one plugin
        /// instance per step, so a cache per instance would tabulate the same century of calendars once per
        /// step (and, in the local organization, once per organization): a cold-start cost paid many times over.
        /// Sharing is safe: the key is the holidays' content, the calendars are immutable once built, and a
        /// lock guards the swap; nothing in it belongs to a caller.
        /// </summary>
        public static OfficeCalendarCache Shared { get; } = new OfficeCalendarCache();

        public OfficeCalendarCache() : this(TimeZoneResolver.ForPlatform())
        {
        }

        public OfficeCalendarCache(TimeZoneResolver resolver)
        {
            this.resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        }

        /// <summary>The calendars that observe <paramref name="adminHolidays"/> (as read by <see cref="OneOffHolidayRows.Read"/>).</summary>
        public OfficeCalendars For(IReadOnlyList<Holiday> adminHolidays)
        {
            if (adminHolidays is null)
            {
                throw new ArgumentNullException(nameof(adminHolidays));
            }
            var key = string.Join("\n", adminHolidays.Select(h => h.ToString()).OrderBy(s => s, StringComparer.Ordinal));
            lock (gate)
            {
                if (current is null || !string.Equals(key, currentKey, StringComparison.Ordinal))
                {
                    current = new OfficeCalendars(resolver, KnownOneOffHolidays.All.Concat(adminHolidays));
                    currentKey = key;
                }
                return current;
            }
        }
    }
}
