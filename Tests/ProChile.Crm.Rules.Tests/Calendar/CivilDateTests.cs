using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class CivilDateTests
    {
        [TestMethod]
        public void PartsRoundTripThroughTheDayNumber()
        {
            var date = new CivilDate(2024, 2, 29);

            var again = CivilDate.FromDayNumber(date.DayNumber);

            Assert.AreEqual(2024, again.Year);
            Assert.AreEqual(2, again.Month);
            Assert.AreEqual(29, again.Day);
            Assert.AreEqual(date, again);
        }

        [TestMethod]
        public void DayOfWeekMatchesTheGregorianCalendar()
        {
            Assert.AreEqual(DayOfWeek.Friday, new CivilDate(2026, 9, 18).DayOfWeek);
            Assert.AreEqual(DayOfWeek.Monday, new CivilDate(2001, 1, 1).DayOfWeek);
            Assert.AreEqual(DayOfWeek.Saturday, new CivilDate(2000, 1, 1).DayOfWeek);
        }

        [TestMethod]
        public void AddingDaysCrossesMonthAndYearEnds()
        {
            Assert.AreEqual(new CivilDate(2026, 1, 2), new CivilDate(2025, 12, 31).AddDays(2));
            Assert.AreEqual(new CivilDate(2024, 3, 1), new CivilDate(2024, 2, 28).AddDays(2));
            Assert.AreEqual(365, new CivilDate(2026, 1, 1) - new CivilDate(2025, 1, 1));
        }

        [TestMethod]
        public void PrintsAndParsesTheIsoForm()
        {
            Assert.AreEqual("2026-06-07", new CivilDate(2026, 6, 7).ToString());
            Assert.AreEqual(new CivilDate(2026, 6, 7), CivilDate.Parse("2026-06-07"));
        }

        [TestMethod]
        public void ParseNamesTheBadTextAndTheAcceptedForm()
        {
            var error = Assert.ThrowsExactly<FormatException>(() => CivilDate.Parse("07/06/2026"));

            Assert.AreEqual("«07/06/2026» no es una fecha; se acepta la forma ISO aaaa-mm-dd (p. ej., 2026-09-18).", error.Message);
        }

        [TestMethod]
        public void AnImpossibleDateIsRefused()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new CivilDate(2025, 2, 29));
        }

        [TestMethod]
        public void WeekendIsSaturdayAndSunday()
        {
            Assert.IsTrue(new CivilDate(2026, 9, 19).IsWeekend);
            Assert.IsTrue(new CivilDate(2026, 9, 20).IsWeekend);
            Assert.IsFalse(new CivilDate(2026, 9, 21).IsWeekend);
        }
    }
}
