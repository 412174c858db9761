using System;
using System.Collections.Generic;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D5: Chile's national legal holidays of a year, computed from the laws, each law from the year it took
    /// effect. It covers the recurring holidays only: one-off ones (elections, censuses, single-year laws)
    /// are data (<see cref="KnownOneOffHolidays"/> and the admins' own rows), and regional ones live in
    /// <see cref="RegionalHolidayRules"/>. The winter-solstice holiday needs mainland Chile's time zone to
    /// turn the astronomical instant into a civil date, so the rules are an object built with that zone.
    /// </summary>
    /// <remarks>
    /// Not modelled (before the range the issue asks for, 2010..2100): the "Día de la Unidad Nacional" of
    /// 2000–2001 and single-year laws before 2017.
    /// </remarks>
    public sealed class NationalHolidayRules
    {
        public const string Ley2977 = "Ley 2.977";
        public const string Ley19668 = "Ley 19.668";
        public const string Ley20148 = "Ley 20.148";
        public const string Ley20215 = "Ley 20.215";
        public const string Ley20299 = "Ley 20.299";
        public const string Ley20983 = "Ley 20.983";
        public const string Ley21357 = "Ley 21.357";

        private readonly OfficeTimeZone mainlandChile;

        /// <param name="mainlandChile">America/Santiago, as resolved on this platform (for the solstice's civil date).</param>
        public NationalHolidayRules(OfficeTimeZone mainlandChile)
        {
            this.mainlandChile = mainlandChile ?? throw new ArgumentNullException(nameof(mainlandChile));
        }

        /// <summary>The national holidays of <paramref name="year"/>, in date order.</summary>
        public IReadOnlyList<Holiday> InYear(int year)
        {
            CalendarRange.RequireYear(year);
            var holidays = new List<Holiday>(20);
            AddNewYear(holidays, year);
            AddEaster(holidays, year);
            Add(holidays, year, 5, 1, "Día Nacional del Trabajo", "Código del Trabajo; Ley 19.973");
            Add(holidays, year, 5, 21, "Día de las Glorias Navales", Ley2977);
            AddCorpusChristi(holidays, year);
            AddIndigenousPeoplesDay(holidays, year);
            holidays.Add(Holiday.National(MondayRule(year, 6, 29), "San Pedro y San Pablo", "Ley 2.977; Ley 18.432; Ley 19.668"));
            if (year >= 2007)
            {
                Add(holidays, year, 7, 16, "Día de la Virgen del Carmen", Ley20148); // D5: Ley 20.148, in force from 2007
            }
            Add(holidays, year, 8, 15, "Asunción de la Virgen", Ley2977);
            AddNationalDays(holidays, year);
            holidays.Add(Holiday.National(MondayRule(year, 10, 12), "Encuentro de Dos Mundos", "Ley 3.810; Ley 19.668"));
            AddReformationDay(holidays, year);
            Add(holidays, year, 11, 1, "Día de Todos los Santos", Ley2977);
            Add(holidays, year, 12, 8, "Inmaculada Concepción", Ley2977);
            Add(holidays, year, 12, 25, "Navidad", "Ley 2.977; Ley 19.973");
            holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
            return holidays;
        }

        /// <summary>
        /// D5, Ley 21.357: the civil date, in mainland Chile's time, of the southern winter solstice; the law fixed
        /// 21 June for its first year, 2021. Null before 2021.
        /// </summary>
        public CivilDate? IndigenousPeoplesDay(int year)
        {
            if (year < 2021)
            {
                return null;
            }
            if (year == 2021)
            {
                return new CivilDate(2021, 6, 21);
            }
            return mainlandChile.DateAt(WinterSolstice.InstantUtc(year));
        }

        /// <summary>
        /// D5, Ley 19.668 (from 2000): 29 June and 12 October move to the Monday of their week when they fall on a
        /// Tuesday, Wednesday or Thursday, to the next Monday when on a Friday, and stay on a Saturday, Sunday or Monday.
        /// </summary>
        public static CivilDate MondayRule(int year, int month, int day)
        {
            var date = new CivilDate(year, month, day);
            switch (date.DayOfWeek)
            {
                case DayOfWeek.Tuesday:
                case DayOfWeek.Wednesday:
                case DayOfWeek.Thursday:
                    return date.AddDays(-(int)date.DayOfWeek + 1);
                case DayOfWeek.Friday:
                    return date.AddDays(3);
                default:
                    return date;
            }
        }

        /// <summary>
        /// D5, Ley 20.299 (from 2008): 31 October moves to Friday 27 October when it falls on a Tuesday and to
        /// Friday 2 November when on a Wednesday; otherwise it stays. Null before 2008.
        /// </summary>
        public static CivilDate? ReformationDay(int year)
        {
            if (year < 2008)
            {
                return null;
            }
            var date = new CivilDate(year, 10, 31);
            switch (date.DayOfWeek)
            {
                case DayOfWeek.Tuesday:
                    return date.AddDays(-4);
                case DayOfWeek.Wednesday:
                    return date.AddDays(2);
                default:
                    return date;
            }
        }

        private static void AddNewYear(List<Holiday> holidays, int year)
        {
            Add(holidays, year, 1, 1, "Año Nuevo", "Ley 2.977; Ley 19.973");
            // D5, Ley 20.983 (published December 2016, so 2 January 2017 is the first): 1 Jan on a Sunday makes Monday 2 Jan a holiday.
            if (year >= 2017 && new CivilDate(year, 1, 1).DayOfWeek == DayOfWeek.Sunday)
            {
                Add(holidays, year, 1, 2, "Feriado adicional de Año Nuevo", Ley20983);
            }
        }

        private static void AddEaster(List<Holiday> holidays, int year)
        {
            var easter = Computus.EasterSunday(year);
            holidays.Add(Holiday.National(easter.AddDays(-2), "Viernes Santo", Ley2977));
            holidays.Add(Holiday.National(easter.AddDays(-1), "Sábado Santo", Ley2977));
        }

        // D5: Corpus Christi (Thursday, 60 days after Easter) was movable under Ley 19.668, which puts a Thursday
        // holiday on the Monday of its week; Ley 20.148 replaced it with 16 July from 2007.
        private static void AddCorpusChristi(List<Holiday> holidays, int year)
        {
            if (year < 2007)
            {
                holidays.Add(Holiday.National(Computus.EasterSunday(year).AddDays(57), "Corpus Christi", Ley19668));
            }
        }

        private void AddIndigenousPeoplesDay(List<Holiday> holidays, int year)
        {
            var date = IndigenousPeoplesDay(year);
            if (date.HasValue)
            {
                holidays.Add(Holiday.National(date.Value, "Día Nacional de los Pueblos Indígenas", Ley21357));
            }
        }

        private static void AddNationalDays(List<Holiday> holidays, int year)
        {
            var independence = new CivilDate(year, 9, 18);
            const string bridgeName = "Feriado adicional de Fiestas Patrias";
            // D5, Ley 20.215 (from 2007): 18-19 on Tuesday-Wednesday makes Monday 17 a holiday; on Wednesday-Thursday, Friday 20.
            if (year >= 2007 && independence.DayOfWeek == DayOfWeek.Tuesday)
            {
                holidays.Add(Holiday.National(independence.AddDays(-1), bridgeName, Ley20215));
            }
            // D5, Ley 20.983 (from 2017): 18-19 on Saturday-Sunday makes Friday 17 a holiday.
            if (year >= 2017 && independence.DayOfWeek == DayOfWeek.Saturday)
            {
                holidays.Add(Holiday.National(independence.AddDays(-1), bridgeName, Ley20983));
            }
            holidays.Add(Holiday.National(independence, "Independencia Nacional", "Ley 2.977; Ley 19.973"));
            holidays.Add(Holiday.National(independence.AddDays(1), "Día de las Glorias del Ejército", "Ley 2.977; Ley 20.629"));
            if (year >= 2007 && independence.DayOfWeek == DayOfWeek.Wednesday)
            {
                holidays.Add(Holiday.National(independence.AddDays(2), bridgeName, Ley20215));
            }
        }

        private static void AddReformationDay(List<Holiday> holidays, int year)
        {
            var date = ReformationDay(year);
            if (date.HasValue)
            {
                holidays.Add(Holiday.National(date.Value, "Día Nacional de las Iglesias Evangélicas y Protestantes", Ley20299));
            }
        }

        private static void Add(List<Holiday> holidays, int year, int month, int day, string name, string legalBasis) =>
            holidays.Add(Holiday.National(new CivilDate(year, month, day), name, legalBasis));
    }
}
