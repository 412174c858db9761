using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// One office's calendar: its business days (<see cref="BusinessCalendar"/>) in its time zone
    /// (<see cref="OfficeTimeZone"/>). This is where instants meet dates: the civil date of an event, and the UTC
    /// instants at which a date starts and ends (D1, D4). The day boundaries of the whole
    /// <see cref="CalendarRange"/> are computed once from the platform's zone data when the calendar is built,
    /// so a deadline costs array lookups, not time zone conversions (see <see cref="DayBoundaries"/>). Immutable; safe to
    /// share between threads.
    /// </summary>
    public sealed class OfficeCalendar
    {
        private readonly DayBoundaries days;

        /// <param name="name">What the calendar belongs to, for messages: an office slug or a time zone id.</param>
        /// <param name="office">The office, or null for a place known only by its zone (a commercial office abroad).</param>
        /// <param name="timeZone">The zone the office counts its days in.</param>
        /// <param name="businessDays">The office's business days.</param>
        public OfficeCalendar(string name, Office? office, OfficeTimeZone timeZone, BusinessCalendar businessDays)
            : this(name, office, new DayBoundaries(timeZone ?? throw new ArgumentNullException(nameof(timeZone))), businessDays)
        {
        }

        /// <summary>For <see cref="OfficeCalendars"/>, which shares one boundary table among the offices of a zone.</summary>
        internal OfficeCalendar(string name, Office? office, DayBoundaries days, BusinessCalendar businessDays)
        {
            Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A calendar needs a name.", nameof(name)) : name;
            Office = office;
            this.days = days;
            BusinessDays = businessDays ?? throw new ArgumentNullException(nameof(businessDays));
        }

        /// <summary>An office slug, or the time zone id of a place known only by its zone.</summary>
        public string Name { get; }

        /// <summary>The office, or null for a calendar built from a time zone alone.</summary>
        public Office? Office { get; }

        public OfficeTimeZone TimeZone => days.TimeZone;

        public BusinessCalendar BusinessDays { get; }

        /// <summary>The office's civil date at a UTC instant.</summary>
        public CivilDate DateAt(DateTime utc) => CalendarRange.FirstDate.AddDays(days.DayIndexAt(utc));

        /// <summary>D4: the UTC instant of 23:59:59 local on <paramref name="date"/> (the later one if it happens twice).</summary>
        public DateTime DayEndUtc(CivilDate date) => days.DayEndUtcAt(IndexOf(date));

        /// <summary>The end of <paramref name="date"/> (23:59:59) as office-local time with its offset.</summary>
        public DateTimeOffset DayEndLocal(CivilDate date) => days.DayEndLocalAt(IndexOf(date));

        /// <summary>The first UTC instant of <paramref name="date"/> (local midnight, or the end of a skipped hour).</summary>
        public DateTime DayStartUtc(CivilDate date) => days.DayStartUtcAt(IndexOf(date));

        /// <summary>The day index (0 = <see cref="CalendarRange.FirstDate"/>) of the office's date at a UTC instant.</summary>
        internal int DayIndexAt(DateTime utc) => days.DayIndexAt(utc);

        internal DateTime DayEndUtcAt(int dayIndex) => days.DayEndUtcAt(dayIndex);

        internal DateTime DayStartUtcAt(int dayIndex) => days.DayStartUtcAt(dayIndex);

        internal DateTimeOffset DayEndLocalAt(int dayIndex) => days.DayEndLocalAt(dayIndex);

        public override string ToString() => $"{Name} ({TimeZone})";

        private static int IndexOf(CivilDate date)
        {
            if (!CalendarRange.Contains(date))
            {
                throw new DateOutsideCalendarException(date.ToString());
            }
            return date - CalendarRange.FirstDate;
        }
    }
}
