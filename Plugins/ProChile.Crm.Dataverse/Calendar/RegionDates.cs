using System;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Calendar
{
    /// <summary>
    /// D4: the local date and zone of a region's office, from the region choice value. A row with no region (or
    /// an unknown value) counts in mainland Chile's time, where nivel central is. Immutable; share one instance.
    /// </summary>
    public sealed class RegionDates
    {
        private readonly TimeZoneResolver zones;

        public RegionDates() : this(TimeZoneResolver.ForPlatform())
        {
        }

        public RegionDates(TimeZoneResolver zones)
        {
            this.zones = zones ?? throw new ArgumentNullException(nameof(zones));
        }

        public OfficeTimeZone ZoneOf(int? regionChoice) =>
            zones.Resolve(regionChoice is int value && RegionChoices.TryGetOffice(value, out var office) ? office.TimeZoneId : TimeZoneResolver.Santiago);

        /// <summary>The office's civil date at a UTC instant.</summary>
        public CivilDate DateAt(int? regionChoice, DateTime utc) => ZoneOf(regionChoice).DateAt(utc);
    }
}
