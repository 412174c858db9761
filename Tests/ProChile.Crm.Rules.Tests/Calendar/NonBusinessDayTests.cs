using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    /// <summary>The Spanish text of skipped days: the one text pch_skippeddays and the activities' outputs carry.</summary>
    [TestClass]
    public sealed class NonBusinessDayTests
    {
        private static readonly Holiday SanPedroYSanPablo =
            new Holiday(new CivilDate(2026, 6, 29), "San Pedro y San Pablo", HolidayScope.National, null, "Ley 19.668");

        [TestMethod]
        public void D1_AWeekendDayReadsAsItsDateAndItsWeekday()
        {
            Assert.AreEqual("23-05-2026 Sábado", new NonBusinessDay(new CivilDate(2026, 5, 23), null).SpanishLine);
            Assert.AreEqual("24-05-2026 Domingo", new NonBusinessDay(new CivilDate(2026, 5, 24), null).SpanishLine);
        }

        [TestMethod]
        public void D5_AHolidayReadsAsItsDateItsNameAndItsLaw()
        {
            Assert.AreEqual("29-06-2026 San Pedro y San Pablo (Ley 19.668)", new NonBusinessDay(new CivilDate(2026, 6, 29), SanPedroYSanPablo).SpanishLine);
        }

        [TestMethod]
        public void D1_SkippedDaysAreOneLineEachInTheOrderGiven()
        {
            var days = new[]
            {
                new NonBusinessDay(new CivilDate(2026, 6, 27), null),
                new NonBusinessDay(new CivilDate(2026, 6, 28), null),
                new NonBusinessDay(new CivilDate(2026, 6, 29), SanPedroYSanPablo),
            };

            Assert.AreEqual("27-06-2026 Sábado\n28-06-2026 Domingo\n29-06-2026 San Pedro y San Pablo (Ley 19.668)", NonBusinessDay.SpanishLines(days));
        }

        [TestMethod]
        public void D1_NoSkippedDaysIsTheEmptyText()
        {
            Assert.AreEqual(string.Empty, NonBusinessDay.SpanishLines(Enumerable.Empty<NonBusinessDay>()));
        }

        [TestMethod]
        public void S7_ADeadlinesTermReadsAsLengthUnitAndRule()
        {
            var deadline = ProtocolDeadlines.S7.DeadlineFrom(System.DateTimeOffset.Parse("2026-09-16T10:00:00-03:00", System.Globalization.CultureInfo.InvariantCulture), TestCalendars.NivelCentral);

            Assert.AreEqual("4 días hábiles (S7)", deadline.SpanishTerm);
        }
    }
}
