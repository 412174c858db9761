using System;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.Deadlines
{
    [TestClass]
    public sealed class CalendarDayAndHourTermTests
    {
        private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

        private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc);

        [TestMethod]
        public void S2_FifteenCalendarDaysCountWeekendsAndHolidays()
        {
            var deadline = ProtocolDeadlines.S2.DeadlineFrom(At("2026-09-10T15:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(TermUnit.CalendarDays, deadline.Unit);
            Assert.AreEqual(At("2026-09-25T23:59:59-03:00"), deadline.DueLocal);
            Assert.AreEqual(0, deadline.Skipped.Count);
        }

        [TestMethod]
        public void D2_D4_ACalendarDayTermEndingOnTheNightSummerTimeEndsTakesTheLater235959()
        {
            // S11: 2 calendar days from Thursday 2 April 2026 end on Saturday 4 April, when 23:59:59 happens twice.
            var deadline = ProtocolDeadlines.S11.DeadlineFrom(At("2026-04-02T12:00:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(Utc(2026, 4, 5, 3, 59, 59), deadline.DueUtc);
            Assert.AreEqual(At("2026-04-04T23:59:59-04:00"), deadline.DueLocal);
            Assert.AreEqual(TimeSpan.FromHours(-4), deadline.DueLocal.Offset);
        }

        [TestMethod]
        public void D2_D4_ACalendarDayTermEndingTheNightSummerTimeStartsEndsBeforeTheSkippedHour()
        {
            var deadline = ProtocolDeadlines.S12.DeadlineFrom(At("2026-08-31T12:00:00-04:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(Utc(2026, 9, 6, 3, 59, 59), deadline.DueUtc);
            Assert.AreEqual(At("2026-09-05T23:59:59-04:00"), deadline.DueLocal);
        }

        [TestMethod]
        public void S9_FortyEightHoursAreExactElapsedTimeAcrossTheDstChange()
        {
            // 12:00 -04 on Friday 4 Sep 2026; summer time starts in between, so the due shows 13:00 -03.
            var deadline = ProtocolDeadlines.S9.DeadlineFrom(At("2026-09-04T12:00:00-04:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(TermUnit.Hours, deadline.Unit);
            Assert.AreEqual(Utc(2026, 9, 6, 16, 0, 0), deadline.DueUtc);
            Assert.AreEqual(At("2026-09-06T13:00:00-03:00"), deadline.DueLocal);
            Assert.AreEqual(TimeSpan.FromHours(-3), deadline.DueLocal.Offset);
        }

        [TestMethod]
        public void S4_ImmediateIsDueAtTheStart()
        {
            var deadline = ProtocolDeadlines.S4.DeadlineFrom(At("2026-03-02T09:30:00-03:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(deadline.StartUtc, deadline.DueUtc);
            Assert.AreEqual(deadline.StartUtc, deadline.WarningUtc);
        }

        [TestMethod]
        public void D6_ACalendarDayDeadlineIsAtRiskWhenAQuarterOfItsSpanRemains()
        {
            // S10: 1 July 00:00 -04 to 6 July 23:59:59 -04 spans 518399 s; a quarter is 129599.75 s, so the
            // warning is 5 July 15:59:59.25 UTC, shown to the whole second.
            var deadline = ProtocolDeadlines.S10.DeadlineFrom(At("2026-07-01T00:00:00-04:00"), TestCalendars.NivelCentral);

            Assert.AreEqual(Utc(2026, 7, 7, 3, 59, 59), deadline.DueUtc);
            Assert.AreEqual(Utc(2026, 7, 5, 15, 59, 59), deadline.WarningUtc);
        }

        [TestMethod]
        public void D6_TheShareOfTheSpanIsASetting()
        {
            var half = new DeadlineWarningSettings(businessDaysAtRisk: 1, shareOfSpanAtRisk: 0.5);

            var deadline = ProtocolDeadlines.S9.DeadlineFrom(At("2026-07-01T00:00:00-04:00"), TestCalendars.NivelCentral, half);

            Assert.AreEqual(Utc(2026, 7, 2, 4, 0, 0), deadline.WarningUtc); // 24 of the 48 hours left
        }

        [TestMethod]
        public void D6_AShareOutsideZeroToOneIsRefused()
        {
            var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new DeadlineWarningSettings(1, 1.5));

            Assert.AreEqual("shareOfSpanAtRisk", error.ParamName);
        }
    }
}
