using System;
using System.Collections;
using System.Collections.Generic;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D1: which civil dates are business days for one office (Monday to Friday minus the holidays of its
    /// <see cref="HolidayCalendar"/>), and day arithmetic on them. Dates only: which instant a date starts or
    /// ends at is the <see cref="OfficeCalendar"/>'s business.
    /// </summary>
    /// <remarks>
    /// Built once over <see cref="CalendarRange"/> into immutable tables (business days before each date, the
    /// list of business dates, the list of non-business days), so adding and counting business days are O(1)
    /// array lookups, not day-by-day loops. Instances are immutable and safe to share between threads.
    /// </remarks>
    public sealed class BusinessCalendar
    {
        private readonly int firstDayNumber;
        private readonly int[] businessDaysBefore; // [i] = business days among day indices 0..i-1
        private readonly int[] businessDayIndices; // the day index of each business day, ascending
        private readonly NonBusinessDay[] nonBusinessDays; // ascending; day index i's entry is [i - businessDaysBefore[i]]

        public BusinessCalendar(HolidayCalendar holidays)
        {
            Holidays = holidays ?? throw new ArgumentNullException(nameof(holidays));
            firstDayNumber = CalendarRange.FirstDate.DayNumber;
            int dayCount = CalendarRange.LastDate - CalendarRange.FirstDate + 1;
            var holidayOn = FirstHolidayByDayIndex(holidays, dayCount);
            businessDaysBefore = new int[dayCount + 1];
            var business = new List<int>(dayCount * 5 / 7);
            var closed = new List<NonBusinessDay>(dayCount * 2 / 7 + 20 * (CalendarRange.LastYear - CalendarRange.FirstYear + 1));
            for (int i = 0; i < dayCount; i++)
            {
                var date = CivilDate.FromDayNumber(firstDayNumber + i);
                if (holidayOn[i] != null || date.IsWeekend)
                {
                    closed.Add(new NonBusinessDay(date, holidayOn[i]));
                    businessDaysBefore[i + 1] = businessDaysBefore[i];
                }
                else
                {
                    business.Add(i);
                    businessDaysBefore[i + 1] = businessDaysBefore[i] + 1;
                }
            }
            businessDayIndices = business.ToArray();
            nonBusinessDays = closed.ToArray();
        }

        /// <summary>The holidays this calendar was built from.</summary>
        public HolidayCalendar Holidays { get; }

        public bool IsBusinessDay(CivilDate date)
        {
            int i = IndexOf(date);
            return businessDaysBefore[i + 1] != businessDaysBefore[i];
        }

        /// <summary>Why <paramref name="date"/> is not a business day, or null when it is one.</summary>
        public NonBusinessDay? NonBusinessDayOn(CivilDate date)
        {
            int i = IndexOf(date);
            return businessDaysBefore[i + 1] != businessDaysBefore[i] ? null : nonBusinessDays[i - businessDaysBefore[i]];
        }

        /// <summary>
        /// D1: the <paramref name="days"/>-th business day strictly after <paramref name="date"/> (day 1 is the first
        /// business day after it, whatever <paramref name="date"/> is); 0 returns <paramref name="date"/> itself.
        /// </summary>
        public CivilDate AddBusinessDays(CivilDate date, int days)
        {
            int i = IndexOf(date);
            return days == 0 ? date : CivilDate.FromDayNumber(firstDayNumber + AddBusinessDaysAt(i, days));
        }

        /// <summary>The number of business days strictly after <paramref name="after"/> up to and including <paramref name="through"/>.</summary>
        public int CountBusinessDays(CivilDate after, CivilDate through)
        {
            if (through < after)
            {
                throw new ArgumentException($"{through} is before {after}; the end must not precede the start.", nameof(through));
            }
            return businessDaysBefore[IndexOf(through) + 1] - businessDaysBefore[IndexOf(after) + 1];
        }

        /// <summary>The non-business days strictly after <paramref name="after"/> up to and including <paramref name="through"/>, in date order.</summary>
        public IReadOnlyList<NonBusinessDay> NonBusinessDaysBetween(CivilDate after, CivilDate through)
        {
            if (through < after)
            {
                throw new ArgumentException($"{through} is before {after}; the end must not precede the start.", nameof(through));
            }
            return NonBusinessDaysBetweenAt(IndexOf(after), IndexOf(through));
        }

        // Day-index forms for OfficeCalendar and the terms: indices count from CalendarRange.FirstDate, as
        // OfficeCalendar's do, so a deadline goes from instant to due without converting dates back and forth.

        /// <summary>The day index of the <paramref name="days"/>-th business day after day index <paramref name="dayIndex"/>.</summary>
        internal int AddBusinessDaysAt(int dayIndex, int days)
        {
            if (days < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "Los plazos se cuentan hacia adelante: se aceptan 0 o más días hábiles.");
            }
            if (days == 0)
            {
                return dayIndex;
            }
            int ordinal = businessDaysBefore[dayIndex + 1] + days; // 1-based position of the target among all business days
            if (ordinal > businessDayIndices.Length)
            {
                throw new DateOutsideCalendarException($"{CivilDate.FromDayNumber(firstDayNumber + dayIndex)} + {days} business days");
            }
            return businessDayIndices[ordinal - 1];
        }

        /// <summary>The non-business days after day index <paramref name="afterIndex"/> through <paramref name="throughIndex"/>.</summary>
        internal IReadOnlyList<NonBusinessDay> NonBusinessDaysBetweenAt(int afterIndex, int throughIndex)
        {
            int from = afterIndex + 1;
            int to = throughIndex + 1;
            int start = from - businessDaysBefore[from];
            int end = to - businessDaysBefore[to];
            return end <= start ? (IReadOnlyList<NonBusinessDay>)Array.Empty<NonBusinessDay>() : new Slice(nonBusinessDays, start, end - start);
        }

        private int IndexOf(CivilDate date)
        {
            if (!CalendarRange.Contains(date))
            {
                throw new DateOutsideCalendarException(date.ToString());
            }
            return date.DayNumber - firstDayNumber;
        }

        private Holiday?[] FirstHolidayByDayIndex(HolidayCalendar holidays, int dayCount)
        {
            var holidayOn = new Holiday?[dayCount];
            for (int year = CalendarRange.FirstYear; year <= CalendarRange.LastYear; year++)
            {
                foreach (var holiday in holidays.InYear(year))
                {
                    int i = holiday.Date.DayNumber - firstDayNumber;
                    holidayOn[i] = holidayOn[i] ?? holiday;
                }
            }
            return holidayOn;
        }

        /// <summary>A read-only window on the shared table; no copy, no way to reach the array.</summary>
        private sealed class Slice : IReadOnlyList<NonBusinessDay>
        {
            private readonly NonBusinessDay[] items;
            private readonly int offset;

            public Slice(NonBusinessDay[] items, int offset, int count)
            {
                this.items = items;
                this.offset = offset;
                Count = count;
            }

            public int Count { get; }

            public NonBusinessDay this[int index] =>
                (uint)index < (uint)Count ? items[offset + index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"Se aceptan índices entre 0 y {Count - 1}.");

            public IEnumerator<NonBusinessDay> GetEnumerator()
            {
                for (int i = 0; i < Count; i++)
                {
                    yield return items[offset + i];
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
