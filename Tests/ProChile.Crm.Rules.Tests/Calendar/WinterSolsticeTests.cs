using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class WinterSolsticeTests
    {
        // Published June solstice instants (UTC, to the minute). Meeus' method agrees within about a minute.
        [TestMethod]
        [DataRow(2021, 21, 3, 32)]
        [DataRow(2022, 21, 9, 13)]
        [DataRow(2023, 21, 14, 57)]
        [DataRow(2024, 20, 20, 51)]
        [DataRow(2025, 21, 2, 42)]
        [DataRow(2026, 21, 8, 24)]
        [DataRow(2027, 21, 14, 11)]
        [DataRow(2028, 20, 20, 2)]
        [DataRow(2029, 21, 1, 48)]
        public void D5_SolsticeInstantIsWithinAMinuteOfThePublishedOne(int year, int day, int hour, int minute)
        {
            var published = new DateTime(year, 6, day, hour, minute, 0, DateTimeKind.Utc);

            var computed = WinterSolstice.InstantUtc(year);

            Assert.IsTrue(Math.Abs((computed - published).TotalSeconds) <= 90,
                $"{year}: computed {computed:o}, published {published:o}");
        }

        [TestMethod]
        public void YearsOutsideTheMethodsRangeAreRefused()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => WinterSolstice.InstantUtc(1999));
        }
    }
}
