using System;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class NationalHolidayRulesTests
    {
        private static NationalHolidayRules Rules => TestCalendars.NationalRules;

        private static string Listing(int year) =>
            string.Join("\n", Rules.InYear(year).Select(h => $"{h.Date} {h.Name}"));

        private static bool IsHoliday(CivilDate date, string name) =>
            Rules.InYear(date.Year).Any(h => h.Date == date && h.Name == name);

        [TestMethod]
        public void D5_The2024NationalHolidaysAreTheLawsOnes()
        {
            Assert.AreEqual(string.Join("\n",
                "2024-01-01 Año Nuevo",
                "2024-03-29 Viernes Santo",
                "2024-03-30 Sábado Santo",
                "2024-05-01 Día Nacional del Trabajo",
                "2024-05-21 Día de las Glorias Navales",
                "2024-06-20 Día Nacional de los Pueblos Indígenas",
                "2024-06-29 San Pedro y San Pablo",
                "2024-07-16 Día de la Virgen del Carmen",
                "2024-08-15 Asunción de la Virgen",
                "2024-09-18 Independencia Nacional",
                "2024-09-19 Día de las Glorias del Ejército",
                "2024-09-20 Feriado adicional de Fiestas Patrias",
                "2024-10-12 Encuentro de Dos Mundos",
                "2024-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes",
                "2024-11-01 Día de Todos los Santos",
                "2024-12-08 Inmaculada Concepción",
                "2024-12-25 Navidad"), Listing(2024));
        }

        [TestMethod]
        public void D5_The2025NationalHolidaysAreTheLawsOnes()
        {
            Assert.AreEqual(string.Join("\n",
                "2025-01-01 Año Nuevo",
                "2025-04-18 Viernes Santo",
                "2025-04-19 Sábado Santo",
                "2025-05-01 Día Nacional del Trabajo",
                "2025-05-21 Día de las Glorias Navales",
                "2025-06-20 Día Nacional de los Pueblos Indígenas",
                "2025-06-29 San Pedro y San Pablo",
                "2025-07-16 Día de la Virgen del Carmen",
                "2025-08-15 Asunción de la Virgen",
                "2025-09-18 Independencia Nacional",
                "2025-09-19 Día de las Glorias del Ejército",
                "2025-10-12 Encuentro de Dos Mundos",
                "2025-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes",
                "2025-11-01 Día de Todos los Santos",
                "2025-12-08 Inmaculada Concepción",
                "2025-12-25 Navidad"), Listing(2025));
        }

        [TestMethod]
        public void D5_The2026NationalHolidaysAreTheLawsOnes()
        {
            Assert.AreEqual(string.Join("\n",
                "2026-01-01 Año Nuevo",
                "2026-04-03 Viernes Santo",
                "2026-04-04 Sábado Santo",
                "2026-05-01 Día Nacional del Trabajo",
                "2026-05-21 Día de las Glorias Navales",
                "2026-06-21 Día Nacional de los Pueblos Indígenas",
                "2026-06-29 San Pedro y San Pablo",
                "2026-07-16 Día de la Virgen del Carmen",
                "2026-08-15 Asunción de la Virgen",
                "2026-09-18 Independencia Nacional",
                "2026-09-19 Día de las Glorias del Ejército",
                "2026-10-12 Encuentro de Dos Mundos",
                "2026-10-31 Día Nacional de las Iglesias Evangélicas y Protestantes",
                "2026-11-01 Día de Todos los Santos",
                "2026-12-08 Inmaculada Concepción",
                "2026-12-25 Navidad"), Listing(2026));
        }

        [TestMethod]
        public void D5_EachHolidayCitesItsLaw()
        {
            var byName = Rules.InYear(2024).ToDictionary(h => h.Name + " " + h.Date, h => h.LegalBasis);

            Assert.AreEqual("Ley 21.357", byName["Día Nacional de los Pueblos Indígenas 2024-06-20"]);
            Assert.AreEqual("Ley 20.148", byName["Día de la Virgen del Carmen 2024-07-16"]);
            Assert.AreEqual("Ley 20.215", byName["Feriado adicional de Fiestas Patrias 2024-09-20"]);
            Assert.AreEqual("Ley 20.299", byName["Día Nacional de las Iglesias Evangélicas y Protestantes 2024-10-31"]);
            Assert.IsTrue(Rules.InYear(2024).All(h => h.Scope == HolidayScope.National && h.Region == null));
        }

        // D5, Ley 19.668: Tuesday, Wednesday or Thursday -> Monday of that week; Friday -> next Monday; Saturday to Monday stay.
        [TestMethod]
        [DataRow(2021, 6, 28)] // Tuesday 29 Jun
        [DataRow(2022, 6, 27)] // Wednesday
        [DataRow(2023, 6, 26)] // Thursday
        [DataRow(2018, 7, 2)]  // Friday -> following Monday
        [DataRow(2024, 6, 29)] // Saturday stays
        [DataRow(2025, 6, 29)] // Sunday stays
        [DataRow(2026, 6, 29)] // Monday stays
        public void D5_Ley19668_SaintsPeterAndPaulMovesByWeekday(int year, int month, int day)
        {
            var observed = Rules.InYear(year).Single(h => h.Name == "San Pedro y San Pablo");

            Assert.AreEqual(new CivilDate(year, month, day), observed.Date);
        }

        [TestMethod]
        [DataRow(2021, 10, 11)] // Tuesday 12 Oct
        [DataRow(2022, 10, 10)] // Wednesday
        [DataRow(2023, 10, 9)]  // Thursday
        [DataRow(2018, 10, 15)] // Friday -> following Monday
        [DataRow(2024, 10, 12)] // Saturday stays
        [DataRow(2025, 10, 12)] // Sunday stays
        [DataRow(2026, 10, 12)] // Monday stays
        public void D5_Ley19668_EncounterOfTwoWorldsMovesByWeekday(int year, int month, int day)
        {
            var observed = Rules.InYear(year).Single(h => h.Name == "Encuentro de Dos Mundos");

            Assert.AreEqual(new CivilDate(year, month, day), observed.Date);
        }

        [TestMethod]
        [DataRow(2012, 11, 2)]  // Wednesday -> Friday 2 Nov
        [DataRow(2018, 11, 2)]  // Wednesday
        [DataRow(2017, 10, 27)] // Tuesday -> Friday 27 Oct
        [DataRow(2023, 10, 27)] // Tuesday
        [DataRow(2024, 10, 31)] // Thursday stays
        [DataRow(2025, 10, 31)] // Friday stays
        [DataRow(2026, 10, 31)] // Saturday stays
        [DataRow(2021, 10, 31)] // Sunday stays
        [DataRow(2022, 10, 31)] // Monday stays
        public void D5_Ley20299_ReformationDayMovesOnTuesdayAndWednesday(int year, int month, int day)
        {
            Assert.AreEqual(new CivilDate(year, month, day), NationalHolidayRules.ReformationDay(year));
        }

        [TestMethod]
        public void D5_Ley20299_NoReformationDayBefore2008()
        {
            Assert.IsNull(NationalHolidayRules.ReformationDay(2007));
            Assert.AreEqual(new CivilDate(2008, 10, 31), NationalHolidayRules.ReformationDay(2008));
        }

        [TestMethod]
        [DataRow(2007, 17)] // 18-19 on Tuesday-Wednesday: Monday 17 (the law's first year)
        [DataRow(2012, 17)]
        [DataRow(2018, 17)]
        [DataRow(2029, 17)]
        [DataRow(2013, 20)] // 18-19 on Wednesday-Thursday: Friday 20
        [DataRow(2019, 20)]
        [DataRow(2024, 20)]
        public void D5_Ley20215_SeptemberBridgeOnMondaySeventeenthOrFridayTwentieth(int year, int day)
        {
            var bridges = Rules.InYear(year).Where(h => h.Name == "Feriado adicional de Fiestas Patrias").ToList();

            Assert.AreEqual(1, bridges.Count);
            Assert.AreEqual(new CivilDate(year, 9, day), bridges[0].Date);
            Assert.AreEqual("Ley 20.215", bridges[0].LegalBasis);
        }

        [TestMethod]
        public void D5_Ley20215_NoBridgeBeforeTheLaw()
        {
            Assert.IsFalse(IsHoliday(new CivilDate(2001, 9, 17), "Feriado adicional de Fiestas Patrias")); // 18 Sep 2001 was a Tuesday
            Assert.IsFalse(IsHoliday(new CivilDate(2002, 9, 20), "Feriado adicional de Fiestas Patrias")); // 18 Sep 2002 was a Wednesday
        }

        [TestMethod]
        [DataRow(2021)]
        [DataRow(2027)]
        public void D5_Ley20983_FridaySeventeenthWhenTheNationalDaysFallOnAWeekend(int year)
        {
            var bridge = Rules.InYear(year).Single(h => h.Name == "Feriado adicional de Fiestas Patrias");

            Assert.AreEqual(new CivilDate(year, 9, 17), bridge.Date);
            Assert.AreEqual(DayOfWeek.Friday, bridge.Date.DayOfWeek);
            Assert.AreEqual("Ley 20.983", bridge.LegalBasis);
        }

        [TestMethod]
        public void D5_Ley20983_NoFridayBridgeBefore2017()
        {
            Assert.IsFalse(IsHoliday(new CivilDate(2010, 9, 17), "Feriado adicional de Fiestas Patrias"));
        }

        [TestMethod]
        [DataRow(2017)] // published December 2016: 2 January 2017 is the law's first case
        [DataRow(2023)]
        [DataRow(2034)]
        public void D5_Ley20983_MondaySecondOfJanuaryWhenNewYearIsASunday(int year)
        {
            Assert.AreEqual(DayOfWeek.Sunday, new CivilDate(year, 1, 1).DayOfWeek);
            Assert.IsTrue(IsHoliday(new CivilDate(year, 1, 2), "Feriado adicional de Año Nuevo"));
        }

        [TestMethod]
        public void D5_Ley20983_NoSecondOfJanuaryBeforeTheLawOrWhenNewYearIsNotASunday()
        {
            Assert.AreEqual(DayOfWeek.Sunday, new CivilDate(2012, 1, 1).DayOfWeek);
            Assert.IsFalse(IsHoliday(new CivilDate(2012, 1, 2), "Feriado adicional de Año Nuevo"));
            Assert.IsFalse(IsHoliday(new CivilDate(2024, 1, 2), "Feriado adicional de Año Nuevo"));
        }

        [TestMethod]
        public void D5_Ley20148_VirginOfCarmenFrom2007ReplacingCorpusChristi()
        {
            Assert.IsFalse(Rules.InYear(2006).Any(h => h.Name == "Día de la Virgen del Carmen"));
            Assert.IsTrue(IsHoliday(new CivilDate(2007, 7, 16), "Día de la Virgen del Carmen"));
            Assert.IsTrue(IsHoliday(new CivilDate(2006, 6, 12), "Corpus Christi")); // Thursday 15 Jun moved to Monday (Ley 19.668)
            Assert.IsFalse(Rules.InYear(2007).Any(h => h.Name == "Corpus Christi"));
        }

        [TestMethod]
        public void D5_Ley21357_NoIndigenousPeoplesDayBefore2021AndTwentyFirstOfJuneIn2021()
        {
            Assert.IsNull(Rules.IndigenousPeoplesDay(2020));
            // The 2021 solstice was 20 June 23:32 in Santiago; the law fixed 21 June for that year.
            Assert.AreEqual(new CivilDate(2021, 6, 21), Rules.IndigenousPeoplesDay(2021));
        }

        // Years whose solstice falls within an hour and a half of midnight in mainland Chile (UTC-4 in June).
        [TestMethod]
        [DataRow(2025, 20)] // 2025-06-21 02:42 UTC = 20 Jun 22:42 local
        [DataRow(2042, 21)] // 05:16 UTC = 01:16 local on the 21st
        [DataRow(2046, 21)] // 04:15 UTC = 00:15 local: the UTC date and the Chilean date agree
        [DataRow(2050, 20)] // 03:33 UTC = 20 Jun 23:33 local: the UTC date says 21
        [DataRow(2054, 20)]
        [DataRow(2075, 21)]
        [DataRow(2079, 20)] // 03:49 UTC = 20 Jun 23:49 local
        public void D5_Ley21357_SolsticeDateIsTakenInMainlandChileTime(int year, int day)
        {
            Assert.AreEqual(new CivilDate(year, 6, day), Rules.IndigenousPeoplesDay(year));
        }

        [TestMethod]
        public void YearsOutsideTheCalendarAreRefusedNamingTheYear()
        {
            var error = Assert.ThrowsExactly<DateOutsideCalendarException>(() => Rules.InYear(1999));

            Assert.AreEqual("1999", error.Value);
            Assert.AreEqual("«1999» está fuera del calendario hábil chileno; se aceptan los años entre 2000 y 2101.", error.Message);
        }

        [TestMethod]
        public void EveryYearOfTheRangeHasItsFixedHolidays()
        {
            for (int year = CalendarRange.FirstYear; year <= CalendarRange.LastYear; year++)
            {
                var dates = Rules.InYear(year).Select(h => h.Date).ToList();
                foreach (var (month, day) in new[] { (1, 1), (5, 1), (5, 21), (8, 15), (9, 18), (9, 19), (11, 1), (12, 8), (12, 25) })
                {
                    Assert.IsTrue(dates.Contains(new CivilDate(year, month, day)), $"{year}-{month:D2}-{day:D2} missing");
                }
            }
        }
    }
}
