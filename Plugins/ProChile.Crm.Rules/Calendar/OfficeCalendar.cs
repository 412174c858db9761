using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// One office's calendar: its business days (<see cref="BusinessCalendar"/>) in its time zone
    /// (<see cref="OfficeTimeZone"/>). This is where instants meet dates: the civil date of an event, and the UTC
    /// instants at which a date starts and ends (D1, D4). The day boundaries of the whole
    /// <see cref="CalendarRange"/> are computed once from the platform's zone data when the calendar is built,
    /// so a deadline costs array lookups, not time zone conversions. Immutable; safe to share between threads.
    /// </summary>
    public sealed class OfficeCalendar
    {
        private readonly int firstDayNumber;

        // One entry per day of the range plus one for the day after it, side by side so that a deadline
        // touches few cache lines. Day indices are the same as BusinessCalendar's (0 = CalendarRange.FirstDate).
        private readonly DayBoundary[] days;

        /// <param name="name">What the calendar belongs to, for messages: an office slug or a time zone id.</param>
        /// <param name="office">The office, or null for a place known only by its zone (a commercial office abroad).</param>
        /// <param name="timeZone">The zone the office counts its days in.</param>
        /// <param name="businessDays">The office's business days.</param>
        public OfficeCalendar(string name, Office? office, OfficeTimeZone timeZone, BusinessCalendar businessDays)
        {
            Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A calendar needs a name.", nameof(name)) : name;
            Office = office;
            TimeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
            BusinessDays = businessDays ?? throw new ArgumentNullException(nameof(businessDays));
            firstDayNumber = CalendarRange.FirstDate.DayNumber;
            int dayCount = CalendarRange.LastDate - CalendarRange.FirstDate + 1;
            days = new DayBoundary[dayCount + 1];
            for (int i = 0; i <= dayCount; i++)
            {
                var date = CivilDate.FromDayNumber(firstDayNumber + i);
                var end = timeZone.DayEndUtc(date);
                // The offset of the end instant itself, not 23:59:59 minus it: that local time may not exist.
                days[i] = new DayBoundary(timeZone.DayStartUtc(date).Ticks, end.Ticks, timeZone.OffsetAt(end).Ticks);
            }
        }

        /// <summary>An office slug, or the time zone id of a place known only by its zone.</summary>
        public string Name { get; }

        /// <summary>The office, or null for a calendar built from a time zone alone.</summary>
        public Office? Office { get; }

        public OfficeTimeZone TimeZone { get; }

        public BusinessCalendar BusinessDays { get; }

        /// <summary>The office's civil date at a UTC instant.</summary>
        public CivilDate DateAt(DateTime utc) => CivilDate.FromDayNumber(firstDayNumber + DayIndexAt(utc));

        /// <summary>D4: the UTC instant of 23:59:59 local on <paramref name="date"/> (the later one if it happens twice).</summary>
        public DateTime DayEndUtc(CivilDate date) => DayEndUtcAt(IndexOf(date));

        /// <summary>The end of <paramref name="date"/> (23:59:59) as office-local time with its offset.</summary>
        public DateTimeOffset DayEndLocal(CivilDate date) => DayEndLocalAt(IndexOf(date));

        /// <summary>The first UTC instant of <paramref name="date"/> (local midnight, or the end of a skipped hour).</summary>
        public DateTime DayStartUtc(CivilDate date) => DayStartUtcAt(IndexOf(date));

        /// <summary>The day index (0 = <see cref="CalendarRange.FirstDate"/>) of the office's date at a UTC instant.</summary>
        internal int DayIndexAt(DateTime utc)
        {
            long t = utc.Ticks;
            int last = days.Length - 2; // the final entry is the day after the range: only its start is used
            if (t < days[0].StartTicks || t >= days[last + 1].StartTicks)
            {
                throw new DateOutsideCalendarException(utc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            }
            // The UTC day count is at most one off the local one (offsets are under a day).
            int i = (int)((t - days[0].StartTicks) / TimeSpan.TicksPerDay);
            if (i > last) i = last;
            while (days[i].StartTicks > t) i--;
            while (days[i + 1].StartTicks <= t) i++;
            return i;
        }

        internal DateTime DayEndUtcAt(int dayIndex) => new DateTime(days[dayIndex].EndTicks, DateTimeKind.Utc);

        internal DateTime DayStartUtcAt(int dayIndex) => new DateTime(days[dayIndex].StartTicks, DateTimeKind.Utc);

        internal DateTimeOffset DayEndLocalAt(int dayIndex)
        {
            var day = days[dayIndex];
            return new DateTimeOffset(new DateTime(day.EndTicks + day.EndOffsetTicks, DateTimeKind.Unspecified), new TimeSpan(day.EndOffsetTicks));
        }

        public override string ToString() => $"{Name} ({TimeZone})";

        private int IndexOf(CivilDate date)
        {
            if (!CalendarRange.Contains(date))
            {
                throw new DateOutsideCalendarException(date.ToString());
            }
            return date.DayNumber - firstDayNumber;
        }

        private readonly struct DayBoundary
        {
            public DayBoundary(long startTicks, long endTicks, long endOffsetTicks)
            {
                StartTicks = startTicks;
                EndTicks = endTicks;
                EndOffsetTicks = endOffsetTicks;
            }

            /// <summary>UTC ticks of the day's first instant.</summary>
            public long StartTicks { get; }

            /// <summary>UTC ticks of the day's 23:59:59 local (D4 resolution).</summary>
            public long EndTicks { get; }

            /// <summary>The UTC offset in force at that end, in ticks.</summary>
            public long EndOffsetTicks { get; }
        }
    }
}
