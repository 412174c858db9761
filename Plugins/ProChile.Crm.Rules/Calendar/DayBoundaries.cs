using System;
using System.Globalization;
using System.Threading;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D4, tabulated: for every day of <see cref="CalendarRange"/>, the UTC instants at which it starts and ends
    /// (23:59:59 local) in one zone, and the offset in force at that end, computed once from the platform's zone
    /// data. Day indices count from <see cref="CalendarRange.FirstDate"/>, as <see cref="BusinessCalendar"/>'s do.
    /// It knows nothing of business days. Tabulated a block of days at a time, when a block is first asked for: a run
    /// touches a few years of the century, and each block is computed once, the same whichever thread asks first.
    /// Shared by every office calendar of the same zone; safe to share between threads.
    /// </summary>
    internal sealed class DayBoundaries
    {
        // Days per block: about a year, so a deadline that crosses a year-end touches two blocks at most.
        private const int BlockDays = 512;

        // The range's days plus one for the day after it; entries of a block side by side, so that a deadline
        // touches few cache lines.
        private readonly int dayCount;
        private readonly Day[]?[] blocks;

        public DayBoundaries(OfficeTimeZone timeZone)
        {
            TimeZone = timeZone;
            dayCount = CalendarRange.LastDate - CalendarRange.FirstDate + 2;
            blocks = new Day[]?[(dayCount + BlockDays - 1) / BlockDays];
        }

        public OfficeTimeZone TimeZone { get; }

        /// <summary>The index of the zone's civil date at a UTC instant.</summary>
        public int DayIndexAt(DateTime utc)
        {
            long t = utc.Ticks;
            int last = dayCount - 2; // the final entry is the day after the range: only its start is used
            if (t < DayAt(0).StartTicks || t >= DayAt(last + 1).StartTicks)
            {
                throw new DateOutsideCalendarException(utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            }
            // The UTC day count is at most one off the local one (offsets are under a day).
            int i = (int)((t - DayAt(0).StartTicks) / TimeSpan.TicksPerDay);
            if (i > last) i = last;
            while (DayAt(i).StartTicks > t) i--;
            while (DayAt(i + 1).StartTicks <= t) i++;
            return i;
        }

        public DateTime DayEndUtcAt(int dayIndex) => new DateTime(DayAt(dayIndex).EndTicks, DateTimeKind.Utc);

        public DateTime DayStartUtcAt(int dayIndex) => new DateTime(DayAt(dayIndex).StartTicks, DateTimeKind.Utc);

        public DateTimeOffset DayEndLocalAt(int dayIndex)
        {
            var day = DayAt(dayIndex);
            return new DateTimeOffset(new DateTime(day.EndTicks + day.EndOffsetTicks, DateTimeKind.Unspecified), new TimeSpan(day.EndOffsetTicks));
        }

        private Day DayAt(int dayIndex)
        {
            if ((uint)dayIndex >= (uint)dayCount)
            {
                throw new ArgumentOutOfRangeException(nameof(dayIndex), dayIndex, $"A day index of the calendar's range is 0 to {dayCount - 1}.");
            }

            int block = dayIndex / BlockDays;
            var days = Volatile.Read(ref blocks[block]) ?? Tabulate(block);
            return days[dayIndex - block * BlockDays];
        }

        // Computes a block; two threads may both compute it, with the same result, and the first one stored is kept.
        private Day[] Tabulate(int block)
        {
            int first = block * BlockDays;
            var days = new Day[Math.Min(BlockDays, dayCount - first)];
            for (int i = 0; i < days.Length; i++)
            {
                var date = CalendarRange.FirstDate.AddDays(first + i);
                var end = TimeZone.DayEndUtc(date);
                // The offset of the end instant itself, not 23:59:59 minus it: that local time may not exist.
                days[i] = new Day(TimeZone.DayStartUtc(date).Ticks, end.Ticks, TimeZone.OffsetAt(end).Ticks);
            }

            return Interlocked.CompareExchange(ref blocks[block], days, null) ?? days;
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
