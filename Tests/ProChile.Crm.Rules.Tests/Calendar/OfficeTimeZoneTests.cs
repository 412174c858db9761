using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class OfficeTimeZoneTests
    {
        private static readonly OfficeTimeZone Santiago = TimeZoneResolver.ForPlatform().Resolve("America/Santiago");

        private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc);

        [TestMethod]
        public void D4_ADayEndsAt235959Local()
        {
            Assert.AreEqual(Utc(2026, 6, 16, 3, 59, 59), Santiago.DayEndUtc(new CivilDate(2026, 6, 15)));  // UTC-4
            Assert.AreEqual(Utc(2026, 12, 16, 2, 59, 59), Santiago.DayEndUtc(new CivilDate(2026, 12, 15))); // UTC-3
        }

        [TestMethod]
        public void D4_WhenSummerTimeEndsTheDayEndsAtTheLaterOfTheTwo235959()
        {
            // Saturday 4 April 2026: at 24:00 -03 clocks go back to 23:00 -04, so 23:59:59 happens twice.
            Assert.AreEqual(Utc(2026, 4, 5, 3, 59, 59), Santiago.DayEndUtc(new CivilDate(2026, 4, 4)));
        }

        [TestMethod]
        public void D4_WhenSummerTimeStartsTheSaturdayEndsBeforeTheSkippedHour()
        {
            // Saturday 5 September 2026: at 24:00 -04 clocks jump to 01:00 -03; midnight Sunday does not exist.
            Assert.AreEqual(Utc(2026, 9, 6, 3, 59, 59), Santiago.DayEndUtc(new CivilDate(2026, 9, 5)));
            Assert.AreEqual(Utc(2026, 9, 6, 4, 0, 0), Santiago.DayStartUtc(new CivilDate(2026, 9, 6)));
        }

        [TestMethod]
        public void D4_ANonexistent235959IsNeverADueTime()
        {
            // A zone whose clocks jump from 23:30 to 00:30 on 15 March: 23:59:59 does not exist that day.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2000, 1, 1), new DateTime(2101, 12, 31), TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 23, 30, 0), 3, 15),
                TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 12, 0, 0), 10, 15));
            var custom = TimeZoneInfo.CreateCustomTimeZone("Test/LateJump", TimeSpan.Zero, "Test", "Test", "Test summer", new[] { rule });
            var zone = OfficeTimeZone.FromPlatformZone("Test/LateJump", custom);

            var end = zone.DayEndUtc(new CivilDate(2026, 3, 15));
            var nextStart = zone.DayStartUtc(new CivilDate(2026, 3, 16));

            Assert.AreEqual(Utc(2026, 3, 15, 23, 29, 59), end); // the last local second that exists: 23:29:59
            Assert.AreEqual(Utc(2026, 3, 15, 23, 30, 0), nextStart); // 00:30 local, straight after the jump
        }

        [TestMethod]
        public void D4_TheCivilDateOfAnInstantIsTheOfficesLocalDate()
        {
            Assert.AreEqual(new CivilDate(2026, 6, 10), Santiago.DateAt(Utc(2026, 6, 11, 3, 30, 0))); // 23:30 -04 on the 10th
            Assert.AreEqual(new CivilDate(2026, 6, 11), Santiago.DateAt(Utc(2026, 6, 11, 4, 0, 0)));
        }

        [TestMethod]
        public void ToLocalCarriesTheOffsetInForce()
        {
            var local = Santiago.ToLocal(Utc(2026, 9, 6, 4, 0, 0));

            Assert.AreEqual(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)), local);
            Assert.AreEqual(TimeSpan.FromHours(-3), local.Offset);
        }

        [TestMethod]
        public void MachineLocalInstantsAreRefused()
        {
            Assert.ThrowsExactly<ArgumentException>(() => Santiago.ToLocal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));
        }
    }
}
