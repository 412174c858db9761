using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// A ProChile office in Chile that owes answers on deadlines: its slug (the region's, or "nivel-central"),
    /// its Spanish name and city, the region whose holidays it observes, and the IANA id of its time zone (D4).
    /// It does not hold the zone itself: zones are resolved per platform (<see cref="TimeZoneResolver"/>).
    /// Commercial offices abroad are not offices here; they are served by a time zone id alone.
    /// </summary>
    public sealed class Office
    {
        public Office(string slug, string name, string city, string holidayRegion, string timeZoneId)
        {
            Slug = Require(slug, nameof(slug));
            Name = Require(name, nameof(name));
            City = Require(city, nameof(city));
            HolidayRegion = Require(holidayRegion, nameof(holidayRegion));
            TimeZoneId = Require(timeZoneId, nameof(timeZoneId));
        }

        /// <summary>The key: a region slug (e.g. "arica-y-parinacota") or "nivel-central".</summary>
        public string Slug { get; }

        /// <summary>The Spanish name shown to executives (e.g. "Arica y Parinacota").</summary>
        public string Name { get; }

        public string City { get; }

        /// <summary>The region slug whose regional holidays the office observes (nivel-central: "metropolitana").</summary>
        public string HolidayRegion { get; }

        /// <summary>The IANA id of the office's zone (e.g. "America/Punta_Arenas").</summary>
        public string TimeZoneId { get; }

        public override string ToString() => $"{Slug} ({Name}, {City})";

        private static string Require(string value, string name) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"An office needs a {name}.", name) : value;
    }
}
