using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// The date of Easter Sunday in the Gregorian calendar (the "computus"), which fixes Good Friday
    /// and Holy Saturday (D5). Only the western (Gregorian) Easter: Chile's holidays follow it.
    /// </summary>
    public static class Computus
    {
        /// <summary>Easter Sunday of <paramref name="year"/> (anonymous Gregorian algorithm; years 1583..9999).</summary>
        public static CivilDate EasterSunday(int year)
        {
            if (year < 1583 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "The Gregorian computus is defined for years 1583..9999.");
            }
            int golden = year % 19;
            int century = year / 100;
            int yearOfCentury = year % 100;
            int leapCenturies = century / 4;
            int centuryRemainder = century % 4;
            int lunarCorrection = (century + 8) / 25;
            int solarCorrection = (century - lunarCorrection + 1) / 3;
            int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
            int leapYears = yearOfCentury / 4;
            int yearRemainder = yearOfCentury % 4;
            int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
            int correction = (golden + 11 * epact + 22 * weekday) / 451;
            int monthAndDay = epact + weekday - 7 * correction + 114;
            return new CivilDate(year, monthAndDay / 31, monthAndDay % 31 + 1);
        }
    }
}
