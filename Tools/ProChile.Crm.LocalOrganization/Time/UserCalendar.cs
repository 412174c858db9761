using System;

namespace ProChile.Crm.LocalOrganization.Time
{
    /// <summary>
    /// "Now" and "today" as the calling user sees them: Dataverse evaluates the relative date operators (On, Today,
    /// LastXDays, ThisYear...) in the user's time zone, so a record stamped 02:00 UTC may be "yesterday" in Santiago.
    /// </summary>
    public sealed class UserCalendar
    {
        private readonly IOrganizationClock clock;

        public UserCalendar(IOrganizationClock clock, TimeZoneInfo timeZone)
        {
            this.clock = clock;
            TimeZone = timeZone;
        }

        public TimeZoneInfo TimeZone { get; }

        public DateTime UtcNow => clock.UtcNow;

        /// <summary>The user's local date and time now (Kind Unspecified).</summary>
        public DateTime LocalNow => ToLocal(clock.UtcNow);

        public DateTime Today => LocalNow.Date;

        public DateTime ToLocal(DateTime utc) =>
            DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone), DateTimeKind.Unspecified);

        /// <summary>The UTC instant of a local wall-clock time (an invalid local time in a DST gap moves forward by the gap).</summary>
        public DateTime ToUtc(DateTime local)
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            while (TimeZone.IsInvalidTime(unspecified))
            {
                unspecified = unspecified.AddMinutes(30);
            }

            return TimeZoneInfo.ConvertTimeToUtc(unspecified, TimeZone);
        }
    }
}
