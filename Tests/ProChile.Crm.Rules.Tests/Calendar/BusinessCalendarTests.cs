using System;
using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class BusinessCalendarTests
    {
        private static BusinessCalendar Central => TestCalendars.NivelCentral.BusinessDays;

        private static CivilDate D(int y, int m, int d) => new CivilDate(y, m, d);

        [TestMethod]
        public void D1_WeekdaysAreBusinessDaysUnlessHolidays()
        {
            Assert.IsTrue(Central.IsBusinessDay(D(2026, 9, 17)));
            Assert.IsFalse(Central.IsBusinessDay(D(2026, 9, 18))); // Independencia Nacional, a Friday
            Assert.IsFalse(Central.IsBusinessDay(D(2026, 9, 19))); // Saturday and holiday
            Assert.IsFalse(Central.IsBusinessDay(D(2026, 9, 20))); // Sunday
            Assert.IsTrue(Central.IsBusinessDay(D(2026, 9, 21)));
        }

        [TestMethod]
        public void D1_AHolidayOnAWeekendIsReportedAsTheHoliday()
        {
            var day = Central.NonBusinessDayOn(D(2026, 9, 19))!;

            Assert.AreEqual(NonBusinessReason.Holiday, day.Reason);
            Assert.AreEqual("Día de las Glorias del Ejército", day.Description);
            Assert.AreEqual("Domingo", Central.NonBusinessDayOn(D(2026, 9, 20))!.Description);
            Assert.IsNull(Central.NonBusinessDayOn(D(2026, 9, 21)));
        }

        [TestMethod]
        public void D1_DayOneIsTheFirstBusinessDayAfterTheDate()
        {
            Assert.AreEqual(D(2026, 9, 17), Central.AddBusinessDays(D(2026, 9, 16), 1));
            Assert.AreEqual(D(2026, 9, 21), Central.AddBusinessDays(D(2026, 9, 17), 1));
            Assert.AreEqual(D(2026, 9, 21), Central.AddBusinessDays(D(2026, 9, 19), 1)); // from a holiday Saturday
        }

        [TestMethod]
        public void D1_AddingBusinessDaysCrossesTheYearEndAndItsHolidays()
        {
            // 2025-12-30 Tue: 31 Wed (1), 1 Jan holiday, 2 Fri (2), 5 Mon (3).
            Assert.AreEqual(D(2026, 1, 5), Central.AddBusinessDays(D(2025, 12, 30), 3));
            // 2022-12-30 Fri: 2 Jan 2023 is a holiday (Ley 20.983), so day 1 is Tuesday 3 Jan.
            Assert.AreEqual(D(2023, 1, 3), Central.AddBusinessDays(D(2022, 12, 30), 1));
        }

        [TestMethod]
        public void D1_CountingBusinessDaysExcludesTheFirstDateAndIncludesTheLast()
        {
            Assert.AreEqual(4, Central.CountBusinessDays(D(2026, 9, 16), D(2026, 9, 23)));
            Assert.AreEqual(0, Central.CountBusinessDays(D(2026, 9, 17), D(2026, 9, 20)));
            Assert.AreEqual(0, Central.CountBusinessDays(D(2026, 9, 17), D(2026, 9, 17)));
        }

        [TestMethod]
        public void D1_NonBusinessDaysBetweenListsEachSkippedDayWithItsReason()
        {
            var skipped = Central.NonBusinessDaysBetween(D(2026, 9, 16), D(2026, 9, 23));

            Assert.AreEqual("2026-09-18 Independencia Nacional|2026-09-19 Día de las Glorias del Ejército|2026-09-20 Domingo",
                string.Join("|", skipped.Select(s => s.ToString())));
        }

        [TestMethod]
        public void D1_RegionalHolidaysAreNotBusinessDaysForTheirOfficeOnly()
        {
            var arica = TestCalendars.For(Offices.AricaYParinacota).BusinessDays;

            Assert.IsFalse(arica.IsBusinessDay(D(2024, 6, 7))); // a Friday
            Assert.IsTrue(Central.IsBusinessDay(D(2024, 6, 7)));
            Assert.AreEqual(D(2024, 6, 10), arica.AddBusinessDays(D(2024, 6, 6), 1));
            Assert.AreEqual(D(2024, 6, 7), Central.AddBusinessDays(D(2024, 6, 6), 1));
        }

        [TestMethod]
        public void D1_ZeroBusinessDaysIsTheDateItself()
        {
            Assert.AreEqual(D(2026, 9, 19), Central.AddBusinessDays(D(2026, 9, 19), 0));
        }

        [TestMethod]
        public void DatesOutsideTheRangeAreRefusedNamingTheDate()
        {
            var error = Assert.ThrowsExactly<DateOutsideCalendarException>(() => Central.IsBusinessDay(D(1999, 12, 31)));

            Assert.AreEqual("1999-12-31", error.Value);
        }

        [TestMethod]
        public void ATermRunningPastTheRangeIsRefused()
        {
            Assert.ThrowsExactly<DateOutsideCalendarException>(() => Central.AddBusinessDays(D(2101, 12, 30), 5));
        }

        [TestMethod]
        public void TableAnswersAgreeWithADayByDayWalkOverTheWholeRange()
        {
            var walk = CalendarRange.FirstDate;
            int business = 0;
            for (var date = CalendarRange.FirstDate.AddDays(1); date <= CalendarRange.LastDate; date = date.AddDays(1))
            {
                bool open = !date.IsWeekend && !Central.Holidays.InYear(date.Year).Any(h => h.Date == date);
                Assert.AreEqual(open, Central.IsBusinessDay(date), date.ToString());
                if (open)
                {
                    business++;
                }
                if (date.Day == 1 && date.Month % 3 == 1)
                {
                    Assert.AreEqual(business, Central.CountBusinessDays(walk, date), date.ToString());
                }
            }
        }
    }
}
