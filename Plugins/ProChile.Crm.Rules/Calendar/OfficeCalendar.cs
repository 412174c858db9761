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
        private readonly long[] dayStartTicks; // UTC ticks of each day's first instant; one extra entry for the day after the range
        private readonly long[] dayEndTicks;   // UTC ticks of each day's 23:59:59 local (D4 resolution)
        private readonly int[] dayEndOffsetSeconds;

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
            dayStartTicks = new long[dayCount + 1];
            dayEndTicks = new long[dayCount];
            dayEndOffsetSeconds = new int[dayCount];
            for (int i = 0; i <= dayCount; i++)
            {
                var date = CivilDate.FromDayNumber(firstDayNumber + i);
                dayStartTicks[i] = timeZone.DayStartUtc(date).Ticks;
                if (i < dayCount)
                {
                    var end = timeZone.DayEndUtc(date);
                    dayEndTicks[i] = end.Ticks;
                    dayEndOffsetSeconds[i] = (int)(date.At(OfficeTimeZone.EndOfDay) - end).TotalSeconds;
                }
            }
        }

        /// <summary>An office slug, or the time zone id of a place known only by its zone.</summary>
        public string Name { get; }

        /// <summary>The office, or null for a calendar built from a time zone alone.</summary>
        public Office? Office { get; }

        public OfficeTimeZone TimeZone { get; }

        public BusinessCalendar BusinessDays { get; }

        /// <summary>The office's civil date at a UTC instant.</summary>
        public CivilDate DateAt(DateTime utc)
        {
            long t = utc.Ticks;
            long firstTick = dayStartTicks[0];
            if (t < firstTick || t >= dayStartTicks[dayStartTicks.Length - 1])
            {
                throw new DateOutsideCalendarException(utc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            }
            int i = (int)((t - firstTick) / TimeSpan.TicksPerDay);
            if (i >= dayEndTicks.Length) i = dayEndTicks.Length - 1;
            while (dayStartTicks[i] > t) i--;
            while (dayStartTicks[i + 1] <= t) i++;
            return CivilDate.FromDayNumber(firstDayNumber + i);
        }

        /// <summary>D4: the UTC instant of 23:59:59 local on <paramref name="date"/> (the later one if it happens twice).</summary>
        public DateTime DayEndUtc(CivilDate date) => new DateTime(dayEndTicks[IndexOf(date)], DateTimeKind.Utc);

        /// <summary>The end of <paramref name="date"/> (23:59:59) as office-local time with its offset.</summary>
        public DateTimeOffset DayEndLocal(CivilDate date)
        {
            int i = IndexOf(date);
            var offset = TimeSpan.FromSeconds(dayEndOffsetSeconds[i]);
            return new DateTimeOffset(new DateTime(dayEndTicks[i] + offset.Ticks, DateTimeKind.Unspecified), offset);
        }

        /// <summary>The first UTC instant of <paramref name="date"/> (local midnight, or the end of a skipped hour).</summary>
        public DateTime DayStartUtc(CivilDate date) => new DateTime(dayStartTicks[IndexOf(date)], DateTimeKind.Utc);

        public override string ToString() => $"{Name} ({TimeZone})";

        private int IndexOf(CivilDate date)
        {
            if (!CalendarRange.Contains(date))
            {
                throw new DateOutsideCalendarException(date.ToString());
            }
            return date.DayNumber - firstDayNumber;
        }
    }
}
