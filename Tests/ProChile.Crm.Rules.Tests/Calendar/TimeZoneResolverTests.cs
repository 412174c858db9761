using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class TimeZoneResolverTests
    {
        private static readonly TimeZoneResolver Platform = TimeZoneResolver.ForPlatform();

        // .NET Framework on Windows finds zones by Windows id only: a zone source that refuses IANA ids.
        private static readonly TimeZoneResolver WindowsLike = new TimeZoneResolver(id =>
            id.Contains("/") ? null : TimeZoneInfo.FindSystemTimeZoneById(id));

        // A platform whose time zone data predates 2025b: it has no America/Coyhaique.
        private static readonly TimeZoneResolver WithoutCoyhaique = new TimeZoneResolver(id =>
            id == TimeZoneResolver.Coyhaique ? null : TimeZoneInfo.FindSystemTimeZoneById(id));

        private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc);

        [TestMethod]
        [DataRow("America/Santiago")]
        [DataRow("Pacific SA Standard Time")]
        public void D4_MainlandResolvesFromIanaOrWindowsIdAndReportsTheIanaId(string id)
        {
            var zone = Platform.Resolve(id);

            Assert.AreEqual("America/Santiago", zone.Id);
            Assert.IsFalse(zone.IsFallback);
            Assert.AreEqual(TimeSpan.FromHours(-4), zone.OffsetAt(Utc(2026, 6, 1, 12, 0, 0)));
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2026, 12, 1, 12, 0, 0)));
        }

        [TestMethod]
        [DataRow("America/Punta_Arenas")]
        [DataRow("Magallanes Standard Time")]
        public void D4_MagallanesResolvesFromIanaOrWindowsIdAndKeepsUtcMinus3InWinter(string id)
        {
            var zone = Platform.Resolve(id);

            Assert.AreEqual("America/Punta_Arenas", zone.Id);
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2026, 6, 1, 12, 0, 0)));
        }

        [TestMethod]
        public void D4_OnAWindowsOnlyPlatformIanaIdsGoThroughTheMap()
        {
            var zone = WindowsLike.Resolve("America/Santiago");

            Assert.AreEqual("America/Santiago", zone.Id);
            Assert.AreEqual("Pacific SA Standard Time", zone.PlatformId);
            Assert.AreEqual(Utc(2026, 4, 5, 3, 59, 59), zone.DayEndUtc(new CivilDate(2026, 4, 4)));
        }

        [TestMethod]
        public void D4_ACommercialOfficeAbroadResolvesByEitherId()
        {
            Assert.AreEqual(TimeSpan.FromHours(8), WindowsLike.Resolve("Asia/Shanghai").OffsetAt(Utc(2026, 1, 1, 0, 0, 0)));
            Assert.AreEqual("Europe/Madrid", Platform.Resolve("Europe/Madrid").Id);
            Assert.AreEqual("Europe/Paris", Platform.Resolve("Romance Standard Time").Id);
        }

        [TestMethod]
        public void D4_AysenUsesTheRealZoneWhereThePlatformHasIt()
        {
            var zone = Platform.Resolve("America/Coyhaique");

            Assert.IsFalse(zone.IsFallback);
            Assert.IsNull(zone.FallbackNote);
            Assert.AreEqual(TimeSpan.FromHours(-4), zone.OffsetAt(Utc(2024, 7, 1, 12, 0, 0)));
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2025, 7, 1, 12, 0, 0)));
        }

        [TestMethod]
        public void D4_AysenSummerTimeEndOf2024EndsTheSaturdayAtTheLater235959()
        {
            // 6 April 2024 Aysén still followed mainland rules: 23:59:59 happened at -03 and again at -04.
            Assert.AreEqual(Utc(2024, 4, 7, 3, 59, 59), Platform.Resolve("America/Coyhaique").DayEndUtc(new CivilDate(2024, 4, 6)));
        }

        [TestMethod]
        public void D4_AysenFallsBackToTheSameRulesAndSaysSoWhereThePlatformLacksIt()
        {
            var zone = WithoutCoyhaique.Resolve("America/Coyhaique");

            Assert.IsTrue(zone.IsFallback);
            Assert.AreEqual("America/Coyhaique", zone.Id);
            Assert.AreEqual(
                "This platform has no America/Coyhaique (time zone database 2025b); using America/Santiago until 2025-03-20 03:00 UTC and fixed UTC-03 after, the same rules.",
                zone.FallbackNote);
            // Before April 2025 Aysén followed mainland rules: winter UTC-4, summer UTC-3.
            Assert.AreEqual(TimeSpan.FromHours(-4), zone.OffsetAt(Utc(2024, 7, 1, 12, 0, 0)));
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2025, 1, 15, 12, 0, 0)));
            // Since April 2025 it keeps UTC-3 all year: never mainland's UTC-4.
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2025, 7, 1, 12, 0, 0)));
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2030, 6, 21, 12, 0, 0)));
        }

        [TestMethod]
        public void D4_OnAWindowsOnlyPlatformAysenFallsBackOnTheMainlandWindowsZone()
        {
            var zone = WindowsLike.Resolve("America/Coyhaique");

            Assert.IsTrue(zone.IsFallback);
            Assert.AreEqual("Pacific SA Standard Time → UTC-03", zone.PlatformId);
            Assert.AreEqual(TimeSpan.FromHours(-3), zone.OffsetAt(Utc(2026, 7, 1, 12, 0, 0)));
        }

        [TestMethod]
        public void D4_TheFallbackAndTheRealAysenZoneEndTheSameDaysAtTheSameInstants()
        {
            var real = Platform.Resolve("America/Coyhaique");
            var fallback = WithoutCoyhaique.Resolve("America/Coyhaique");

            for (var date = new CivilDate(2024, 1, 1); date <= new CivilDate(2027, 12, 31); date = date.AddDays(1))
            {
                Assert.AreEqual(real.DayEndUtc(date), fallback.DayEndUtc(date), date.ToString());
            }
        }

        [TestMethod]
        public void D4_AnUnknownZoneIsNamedWithWhatIsAccepted()
        {
            var error = Assert.ThrowsExactly<UnknownTimeZoneException>(() => Platform.Resolve("Mars/Olympus_Mons"));

            Assert.AreEqual("Mars/Olympus_Mons", error.TimeZoneId);
            Assert.AreEqual("Zona horaria desconocida «Mars/Olympus_Mons»; se acepta un id IANA (p. ej., America/Santiago) o un id de Windows (p. ej., Pacific SA Standard Time) que esta plataforma conozca.", error.Message);
        }

        [TestMethod]
        public void TheMapTranslatesBothWays()
        {
            Assert.IsTrue(TimeZoneIdMap.TryGetWindowsId("America/Punta_Arenas", out var windows));
            Assert.AreEqual("Magallanes Standard Time", windows);
            Assert.IsTrue(TimeZoneIdMap.TryGetIanaId("Pacific SA Standard Time", out var iana));
            Assert.AreEqual("America/Santiago", iana);
            Assert.IsFalse(TimeZoneIdMap.TryGetWindowsId("America/Coyhaique", out _));
        }
    }
}
