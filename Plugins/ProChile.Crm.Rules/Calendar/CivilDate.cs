using System;
using System.Globalization;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// A date in the proleptic Gregorian calendar: a year, a month and a day, nothing else.
    /// It has no time of day and no time zone, so it is not an instant: which instant a civil date
    /// starts or ends at depends on the office's zone (see <see cref="OfficeTimeZone"/>). Stands in for
    /// <c>DateOnly</c>, which .NET Framework 4.6.2 (the plugin sandbox) lacks.
    /// </summary>
    /// <remarks>
    /// Stored as a day number (days since 0001-01-01), so comparison and day arithmetic are one integer
    /// operation; that is what keeps the business-day tables of <see cref="BusinessCalendar"/> cheap.
    /// </remarks>
    public readonly struct CivilDate : IEquatable<CivilDate>, IComparable<CivilDate>, IComparable
    {
        private const string IsoFormat = "yyyy-MM-dd";
        private static readonly int MaxDayNumber = (int)(DateTime.MaxValue.Ticks / TimeSpan.TicksPerDay);

        private readonly int dayNumber;

        /// <summary>Creates a date from its parts; throws <see cref="ArgumentOutOfRangeException"/> for an invalid date.</summary>
        public CivilDate(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw new ArgumentOutOfRangeException(nameof(day),
                    $"{year:D4}-{month:D2}-{day:D2} no es una fecha; se aceptan años entre 1 y 9999, meses entre 1 y 12 y días que existan en el mes.");
            }
            dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);
        }

        private CivilDate(int dayNumber) => this.dayNumber = dayNumber;

        /// <summary>The date with this day number (days since 0001-01-01, which is day 0).</summary>
        public static CivilDate FromDayNumber(int dayNumber)
        {
            if (dayNumber < 0 || dayNumber > MaxDayNumber)
            {
                throw new ArgumentOutOfRangeException(nameof(dayNumber), dayNumber, $"Se aceptan números de día entre 0 y {MaxDayNumber}.");
            }
            return new CivilDate(dayNumber);
        }

        /// <summary>The date part of a <see cref="DateTime"/>, whatever its kind: no conversion is made.</summary>
        public static CivilDate FromDateTime(DateTime dateTime) => new CivilDate((int)(dateTime.Ticks / TimeSpan.TicksPerDay));

        /// <summary>Days since 0001-01-01.</summary>
        public int DayNumber => dayNumber;

        public int Year => ToDateTime().Year;

        public int Month => ToDateTime().Month;

        public int Day => ToDateTime().Day;

        public DayOfWeek DayOfWeek => (DayOfWeek)((dayNumber + 1) % 7); // 0001-01-01 was a Monday.

        public bool IsWeekend => DayOfWeek == DayOfWeek.Saturday || DayOfWeek == DayOfWeek.Sunday;

        public CivilDate AddDays(int days) => FromDayNumber(dayNumber + days);

        /// <summary>Midnight at the start of this date, as a <see cref="DateTime"/> of kind Unspecified.</summary>
        public DateTime ToDateTime() => new DateTime(dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

        /// <summary>This date at a time of day, as a local <see cref="DateTime"/> of kind Unspecified.</summary>
        public DateTime At(TimeSpan timeOfDay) => ToDateTime() + timeOfDay;

        /// <summary>The ISO 8601 form, <c>yyyy-MM-dd</c>.</summary>
        public override string ToString() => ToDateTime().ToString(IsoFormat, CultureInfo.InvariantCulture);

        /// <summary>Parses exactly <c>yyyy-MM-dd</c>.</summary>
        public static bool TryParse(string? text, out CivilDate date)
        {
            if (text != null && DateTime.TryParseExact(text, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = FromDateTime(parsed);
                return true;
            }
            date = default;
            return false;
        }

        /// <summary>Parses exactly <c>yyyy-MM-dd</c>; throws <see cref="FormatException"/> naming the text otherwise.</summary>
        public static CivilDate Parse(string text)
        {
            if (TryParse(text, out var date))
            {
                return date;
            }
            throw new FormatException($"«{text}» no es una fecha; se acepta la forma ISO aaaa-mm-dd (p. ej., 2026-09-18).");
        }

        public bool Equals(CivilDate other) => dayNumber == other.dayNumber;

        public override bool Equals(object? obj) => obj is CivilDate other && Equals(other);

        public override int GetHashCode() => dayNumber;

        public int CompareTo(CivilDate other) => dayNumber.CompareTo(other.dayNumber);

        int IComparable.CompareTo(object? obj) =>
            obj is CivilDate other ? CompareTo(other) : throw new ArgumentException($"Expected a {nameof(CivilDate)}.", nameof(obj));

        public static bool operator ==(CivilDate left, CivilDate right) => left.dayNumber == right.dayNumber;

        public static bool operator !=(CivilDate left, CivilDate right) => left.dayNumber != right.dayNumber;

        public static bool operator <(CivilDate left, CivilDate right) => left.dayNumber < right.dayNumber;

        public static bool operator >(CivilDate left, CivilDate right) => left.dayNumber > right.dayNumber;

        public static bool operator <=(CivilDate left, CivilDate right) => left.dayNumber <= right.dayNumber;

        public static bool operator >=(CivilDate left, CivilDate right) => left.dayNumber >= right.dayNumber;

        /// <summary>The number of days from <paramref name="right"/> to <paramref name="left"/>.</summary>
        public static int operator -(CivilDate left, CivilDate right) => left.dayNumber - right.dayNumber;
    }
}
