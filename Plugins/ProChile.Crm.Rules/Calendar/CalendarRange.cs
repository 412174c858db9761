using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// The years the calendar covers: 2000 to 2101. Holidays are computed for these years and the
    /// business-day tables span them, so a term that starts late in 2100 still finds its end. Outside
    /// them the laws of the time are not modelled, and a date there is refused with
    /// <see cref="DateOutsideCalendarException"/> rather than answered wrongly.
    /// </summary>
    public static class CalendarRange
    {
        public const int FirstYear = 2000;
        public const int LastYear = 2101;

        public static readonly CivilDate FirstDate = new CivilDate(FirstYear, 1, 1);
        public static readonly CivilDate LastDate = new CivilDate(LastYear, 12, 31);

        public static bool Contains(int year) => year >= FirstYear && year <= LastYear;

        public static bool Contains(CivilDate date) => date >= FirstDate && date <= LastDate;

        /// <summary>Throws <see cref="DateOutsideCalendarException"/> when <paramref name="year"/> is not covered.</summary>
        public static void RequireYear(int year)
        {
            if (!Contains(year))
            {
                throw new DateOutsideCalendarException(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        /// <summary>Throws <see cref="DateOutsideCalendarException"/> when <paramref name="date"/> is not covered.</summary>
        public static void RequireDate(CivilDate date)
        {
            if (!Contains(date))
            {
                throw new DateOutsideCalendarException(date.ToString());
            }
        }
    }

    /// <summary>A year or date outside <see cref="CalendarRange"/>; carries the value that was refused.</summary>
    public sealed class DateOutsideCalendarException : Exception
    {
        public DateOutsideCalendarException(string value)
            : base($"«{value}» está fuera del calendario hábil chileno; se aceptan los años entre {CalendarRange.FirstYear} y {CalendarRange.LastYear}.")
        {
            Value = value;
        }

        /// <summary>The refused year or date, as text.</summary>
        public string Value { get; }
    }
}
