using System;
using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.Deadlines
{
    [TestClass]
    public sealed class BusinessDayTermTests
    {
        private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

        private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc);

        private static string SkippedOf(Deadline deadline) => string.Join("|", deadline.Skipped.Select(s => s.ToString()));

        [TestMethod]
        public void S7_FourBusinessDaysFromTheSixteenthOfSeptember2026SkipTheNationalDaysAndTheSunday()
        {
            var deadline = ProtocolDeadlines.S7.DeadlineFrom(At("2026-09-16T10:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual("S7", deadline.RuleId);
            Assert.AreEqual(TermUnit.BusinessDays, deadline.Unit);
            Assert.AreEqual(4, deadline.Term);
            Assert.AreEqual(Utc(2026, 9, 16, 13, 0, 0), deadline.StartUtc);
            Assert.AreEqual(Utc(2026, 9, 24, 2, 59, 59), deadline.DueUtc);
            Assert.AreEqual(At("2026-09-23T23:59:59-03:00"), deadline.DueLocal);
            Assert.AreEqual(TimeSpan.FromHours(-3), deadline.DueLocal.Offset);
            Assert.AreEqual("America/Santiago", deadline.TimeZoneId);
            Assert.AreEqual("2026-09-18 Independencia Nacional|2026-09-19 Día de las Glorias del Ejército|2026-09-20 Domingo", SkippedOf(deadline));
        }

        [TestMethod]
        public void D1_AnEventOnASaturdayCountsFromMonday()
        {
            var deadline = ProtocolDeadlines.S1.DeadlineFrom(At("2026-03-07T10:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(At("2026-03-11T23:59:59-03:00"), deadline.DueLocal);
            Assert.AreEqual("2026-03-08 Domingo", SkippedOf(deadline));
        }

        [TestMethod]
        public void D1_AnEventOnAHolidayCountsFromTheNextBusinessDay()
        {
            // Friday 1 May 2026 (Día Nacional del Trabajo): day 1 is Monday 4 May.
            var deadline = ProtocolDeadlines.S6.DeadlineFrom(At("2026-05-01T09:00:00-04:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(At("2026-05-06T23:59:59-04:00"), deadline.DueLocal);
            Assert.AreEqual("2026-05-02 Sábado|2026-05-03 Domingo", SkippedOf(deadline));
        }

        [TestMethod]
        public void D1_D4_AnEventLateAtNightCountsFromItsLocalDateNotItsUtcDate()
        {
            // 23:30 on Wednesday 10 June in Santiago is already Thursday 11 June in UTC.
            var deadline = ProtocolDeadlines.S1.DeadlineFrom(Utc(2026, 6, 11, 3, 30, 0), TestCalendars.NivelCentral);

            Assert.AreEqual(At("2026-06-15T23:59:59-04:00"), deadline.DueLocal);
        }

        [TestMethod]
        public void S13_SevenBusinessDaysCrossTheYearEnd()
        {
            var deadline = ProtocolDeadlines.S13.DeadlineFrom(At("2025-12-29T12:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(At("2026-01-08T23:59:59-03:00"), deadline.DueLocal);
            Assert.AreEqual("2026-01-01 Año Nuevo|2026-01-03 Sábado|2026-01-04 Domingo", SkippedOf(deadline));
        }

        [TestMethod]
        public void D1_Ley20983_TheSecondOfJanuary2023IsSkipped()
        {
            var deadline = ProtocolDeadlines.S1.DeadlineFrom(At("2022-12-30T10:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(At("2023-01-05T23:59:59-03:00"), deadline.DueLocal);
            Assert.AreEqual("2022-12-31 Sábado|2023-01-01 Año Nuevo|2023-01-02 Feriado adicional de Año Nuevo", SkippedOf(deadline));
        }

        [TestMethod]
        public void S8_TheAricaOfficeSkipsItsSeventhOfJune()
        {
            var arica = ProtocolDeadlines.S8.DeadlineFrom(At("2024-06-04T10:00:00-04:00"), TestCalendars.For(Offices.AricaYParinacota));
            var central = ProtocolDeadlines.S8.DeadlineFrom(At("2024-06-04T10:00:00-04:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(At("2024-06-12T23:59:59-04:00"), arica.DueLocal);
            Assert.AreEqual(At("2024-06-11T23:59:59-04:00"), central.DueLocal);
            Assert.AreEqual("2024-06-07 Asalto y Toma del Morro de Arica|2024-06-08 Sábado|2024-06-09 Domingo", SkippedOf(arica));
        }

        [TestMethod]
        public void D4_AysenDueIsMidnightAtUtcMinus3SinceApril2025()
        {
            var aysen = TestCalendars.For(Offices.Aysen);

            var before = ProtocolDeadlines.S8.DeadlineFrom(At("2024-07-01T10:00:00-04:00"), aysen);
            var after = ProtocolDeadlines.S8.DeadlineFrom(At("2025-07-01T10:00:00-03:00"), aysen);

            Assert.AreEqual(At("2024-07-08T23:59:59-04:00"), before.DueLocal);
            Assert.AreEqual(Utc(2024, 7, 9, 3, 59, 59), before.DueUtc);
            Assert.AreEqual(At("2025-07-08T23:59:59-03:00"), after.DueLocal);
            Assert.AreEqual(Utc(2025, 7, 9, 2, 59, 59), after.DueUtc);
            Assert.AreEqual("America/Coyhaique", after.TimeZoneId);
        }

        [TestMethod]
        public void D4_MagallanesCountsInPuntaArenasTime()
        {
            var deadline = ProtocolDeadlines.S1.DeadlineFrom(At("2026-06-15T10:00:00-03:00"), TestCalendars.For(Offices.Magallanes));

            Assert.AreEqual(At("2026-06-18T23:59:59-03:00"), deadline.DueLocal);
            Assert.AreEqual("America/Punta_Arenas", deadline.TimeZoneId);
        }

        [TestMethod]
        public void D6_ABusinessDayDeadlineIsAtRiskFromTheStartOfItsLastBusinessDay()
        {
            var deadline = ProtocolDeadlines.S7.DeadlineFrom(At("2026-09-16T10:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(Utc(2026, 9, 23, 3, 0, 0), deadline.WarningUtc); // 23 Sep 00:00 -03
        }

        [TestMethod]
        public void D6_TheBusinessDaysAtRiskAreASetting()
        {
            var settings = new DeadlineWarningSettings(businessDaysAtRisk: 2, shareOfSpanAtRisk: 0.25);

            var deadline = ProtocolDeadlines.S7.DeadlineFrom(At("2026-09-16T10:00:00-03:00"), TestCalendars.NivelCentral, settings);

            Assert.AreEqual(Utc(2026, 9, 22, 3, 0, 0), deadline.WarningUtc); // start of business day 3, Tuesday 22 Sep
        }

        [TestMethod]
        public void D6_WhenTheMarginIsTheWholeTermTheDeadlineIsAtRiskFromTheStart()
        {
            var settings = new DeadlineWarningSettings(businessDaysAtRisk: 5, shareOfSpanAtRisk: 0.25);

            var deadline = ProtocolDeadlines.S1.DeadlineFrom(At("2026-09-16T10:00:00-03:00"), TestCalendars.NivelCentral, settings);

            Assert.AreEqual(deadline.StartUtc, deadline.WarningUtc);
        }
    }
}
