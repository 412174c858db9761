using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class OfficeCalendarTests
    {
        private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc);

        [TestMethod]
        public void D4_TheTabulatedDayEndsMatchTheZoneOnDstChangeDays()
        {
            var central = TestCalendars.NivelCentral;

            Assert.AreEqual(Utc(2026, 4, 5, 3, 59, 59), central.DayEndUtc(new CivilDate(2026, 4, 4)));
            Assert.AreEqual(new DateTimeOffset(2026, 4, 4, 23, 59, 59, TimeSpan.FromHours(-4)), central.DayEndLocal(new CivilDate(2026, 4, 4)));
            Assert.AreEqual(Utc(2026, 9, 6, 4, 0, 0), central.DayStartUtc(new CivilDate(2026, 9, 6)));
        }

        [TestMethod]
        public void D4_EveryDayOfTheRangeIsTabulatedAsTheZoneComputesIt_WhicheverThreadsAskFirstAndInWhateverOrder()
        {
            var zone = TestCalendars.NivelCentral.TimeZone;
            var days = CalendarRange.LastDate - CalendarRange.FirstDate + 1;
            // A fresh calendar (nothing tabulated yet), read from the end of the range backwards by four threads at once.
            var calendar = new OfficeCalendar("prueba", null, zone, TestCalendars.NivelCentral.BusinessDays);
            var results = new (DateTime Start, DateTime End, CivilDate Date)[days];
            System.Threading.Tasks.Parallel.For(0, 4, thread =>
            {
                for (int i = days - 1 - thread; i >= 0; i -= 4)
                {
                    var date = CalendarRange.FirstDate.AddDays(i);
                    results[i] = (calendar.DayStartUtc(date), calendar.DayEndUtc(date), calendar.DateAt(calendar.DayEndUtc(date)));
                }
            });

            for (int i = 0; i < days; i++)
            {
                var date = CalendarRange.FirstDate.AddDays(i);
                Assert.AreEqual(zone.DayStartUtc(date), results[i].Start, date.ToString());
                Assert.AreEqual(zone.DayEndUtc(date), results[i].End, date.ToString());
                Assert.AreEqual(date, results[i].Date, date.ToString());
            }
        }

        [TestMethod]
        public void D4_TheCivilDateOfAnInstantComesFromTheTable()
        {
            var central = TestCalendars.NivelCentral;

            Assert.AreEqual(new CivilDate(2026, 4, 4), central.DateAt(Utc(2026, 4, 5, 3, 59, 59))); // second 23:59:59 of Saturday
            Assert.AreEqual(new CivilDate(2026, 4, 5), central.DateAt(Utc(2026, 4, 5, 4, 0, 0)));
            Assert.AreEqual(new CivilDate(2000, 1, 1), central.DateAt(central.DayStartUtc(CalendarRange.FirstDate)));
            Assert.AreEqual(CalendarRange.LastDate, central.DateAt(central.DayEndUtc(CalendarRange.LastDate)));
        }

        [TestMethod]
        public void D4_WhereTheDaysEndTimeDoesNotExistTheLocalDueShowsTheLastSecondThatDoes()
        {
            // Clocks jump from 23:30 to 00:30 on 15 March, so that day ends at 23:29:59 local (+00:00).
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2000, 1, 1), new DateTime(2101, 12, 31), TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 23, 30, 0), 3, 15),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 12, 0, 0), 10, 15));
            var custom = TimeZoneInfo.CreateCustomTimeZone("Test/LateJump", TimeSpan.Zero, "Test", "Test", "Test summer", new[] { rule });
            var zone = OfficeTimeZone.FromPlatformZone("Test/LateJump", custom);
            var calendar = new OfficeCalendar("test", null, zone, TestCalendars.NivelCentral.BusinessDays);

            Assert.AreEqual(new DateTimeOffset(2026, 3, 15, 23, 29, 59, TimeSpan.Zero), calendar.DayEndLocal(new CivilDate(2026, 3, 15)));
            Assert.AreEqual(new CivilDate(2026, 3, 16), calendar.DateAt(Utc(2026, 3, 15, 23, 30, 0)));
        }

        [TestMethod]
        public void InstantsOutsideTheRangeAreRefused()
        {
            Assert.ThrowsExactly<DateOutsideCalendarException>(() => TestCalendars.NivelCentral.DateAt(Utc(1999, 12, 31, 12, 0, 0)));
        }
    }
}
