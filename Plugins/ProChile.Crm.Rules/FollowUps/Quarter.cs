using System;
using System.Globalization;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F3: a calendar quarter (January-March is quarter 1). A span of civil dates, no time zone.</summary>
    public readonly struct Quarter : IEquatable<Quarter>
    {
        public Quarter(int year, int number)
        {
            if (number < 1 || number > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(number), number, "Un trimestre va de 1 a 4.");
            }
            Year = year;
            Number = number;
        }

        public int Year { get; }

        /// <summary>1 to 4.</summary>
        public int Number { get; }

        public static Quarter Containing(CivilDate date) => new Quarter(date.Year, (date.Month - 1) / 3 + 1);

        public CivilDate FirstDay => new CivilDate(Year, Number * 3 - 2, 1);

        public CivilDate LastDay => Next.FirstDay.AddDays(-1);

        public Quarter Next => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

        public bool Contains(CivilDate date) => date >= FirstDay && date <= LastDay;

        /// <summary>E.g. "T1 2025" (trimestre).</summary>
        public override string ToString() => "T" + Number.ToString(CultureInfo.InvariantCulture) + " " + Year.ToString(CultureInfo.InvariantCulture);

        public bool Equals(Quarter other) => Year == other.Year && Number == other.Number;

        public override bool Equals(object? obj) => obj is Quarter other && Equals(other);

        public override int GetHashCode() => Year * 4 + Number;
    }
}
