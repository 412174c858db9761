using System;
using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Benchmarks
{
    /// <summary>
    /// The baseline: what a first implementation does. Walks the days one by one, asking a holiday set about
    /// each, and converts the due day's end with <see cref="TimeZoneInfo"/> on every call. Same answers as
    /// <see cref="ProChile.Crm.Rules.Deadlines.BusinessDayTerm"/> for ordinary days, O(term) per deadline.
    /// </summary>
    internal sealed class NaiveBusinessDays
    {
        private readonly HashSet<CivilDate> holidays = new HashSet<CivilDate>();
        private readonly TimeZoneInfo zone;

        public NaiveBusinessDays(HolidayCalendar calendar, TimeZoneInfo zone)
        {
            this.zone = zone;
            for (int year = CalendarRange.FirstYear; year <= CalendarRange.LastYear; year++)
            {
                foreach (var holiday in calendar.InYear(year))
                {
                    holidays.Add(holiday.Date);
                }
            }
        }

        public DateTime DueUtc(DateTime startUtc, int businessDays, List<CivilDate> skipped)
        {
            skipped.Clear();
            var date = CivilDate.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(startUtc, zone));
            int counted = 0;
            while (counted < businessDays)
            {
                date = date.AddDays(1);
                if (date.IsWeekend || holidays.Contains(date))
                {
                    skipped.Add(date);
                }
                else
                {
                    counted++;
                }
            }
            var endOfDay = date.At(new TimeSpan(23, 59, 59));
            var offset = zone.IsAmbiguousTime(endOfDay) ? zone.GetAmbiguousTimeOffsets(endOfDay)[0] : zone.GetUtcOffset(endOfDay);
            return DateTime.SpecifyKind(endOfDay - offset, DateTimeKind.Utc);
        }
    }
}
