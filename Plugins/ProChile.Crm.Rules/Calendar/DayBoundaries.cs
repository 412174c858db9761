using System;
using System.Globalization;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D4, tabulated: for every day of <see cref="CalendarRange"/>, the UTC instants at which it starts and ends
    /// (23:59:59 local) in one zone, and the offset in force at that end, computed once from the platform's zone
    /// data. Day indices count from <see cref="CalendarRange.FirstDate"/>, as <see cref="BusinessCalendar"/>'s do.
    /// It knows nothing of business days. Immutable; shared by every office calendar of the same zone.
    /// </summary>
    internal sealed class DayBoundaries
    {
        // One entry per day of the range plus one for the day after it, side by side so that a deadline
        // touches few cache lines.
        private readonly Day[] days;

        public DayBoundaries(OfficeTimeZone timeZone)
        {
            TimeZone = timeZone;
            int dayCount = CalendarRange.LastDate - CalendarRange.FirstDate + 1;
            days = new Day[dayCount + 1];
            for (int i = 0; i <= dayCount; i++)
            {
                var date = CalendarRange.FirstDate.AddDays(i);
                var end = timeZone.DayEndUtc(date);
                // The offset of the end instant itself, not 23:59:59 minus it: that local time may not exist.
                days[i] = new Day(timeZone.DayStartUtc(date).Ticks, end.Ticks, timeZone.OffsetAt(end).Ticks);
            }
        }

        public OfficeTimeZone TimeZone { get; }

        /// <summary>The index of the zone's civil date at a UTC instant.</summary>
        public int DayIndexAt(DateTime utc)
        {
            long t = utc.Ticks;
            int last = days.Length - 2; // the final entry is the day after the range: only its start is used
            if (t < days[0].StartTicks || t >= days[last + 1].StartTicks)
            {
                throw new DateOutsideCalendarException(utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            }
            // The UTC day count is at most one off the local one (offsets are under a day).
            int i = (int)((t - days[0].StartTicks) / TimeSpan.TicksPerDay);
            if (i > last) i = last;
            while (days[i].StartTicks > t) i--;
            while (days[i + 1].StartTicks <= t) i++;
            return i;
        }

        public DateTime DayEndUtcAt(int dayIndex) => new DateTime(days[dayIndex].EndTicks, DateTimeKind.Utc);

        public DateTime DayStartUtcAt(int dayIndex) => new DateTime(days[dayIndex].StartTicks, DateTimeKind.Utc);

        public DateTimeOffset DayEndLocalAt(int dayIndex)
        {
            var day = days[dayIndex];
            return new DateTimeOffset(new DateTime(day.EndTicks + day.EndOffsetTicks, DateTimeKind.Unspecified), new TimeSpan(day.EndOffsetTicks));
        }

        private readonly struct Day
        {
            public Day(long startTicks, long endTicks, long endOffsetTicks)
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
