using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class OfficeCalendarsTests
    {
        [TestMethod]
        public void OfficesWithoutHolidaysOfTheirOwnShareTheNationalBusinessDays()
        {
            var maule = TestCalendars.For(Offices.Maule);
            var losLagos = TestCalendars.For(Offices.LosLagos);

            Assert.AreSame(maule.BusinessDays, losLagos.BusinessDays);
            Assert.IsNull(maule.BusinessDays.Holidays.Region);
        }

        [TestMethod]
        public void OfficesWithRegionalHolidaysGetTheirOwnBusinessDays()
        {
            Assert.AreNotSame(TestCalendars.For(Offices.Maule).BusinessDays, TestCalendars.For(Offices.AricaYParinacota).BusinessDays);
            Assert.AreEqual("metropolitana", TestCalendars.NivelCentral.BusinessDays.Holidays.Region); // the 2018 papal visit
            Assert.AreSame(TestCalendars.NivelCentral.BusinessDays, TestCalendars.For(Offices.Metropolitana).BusinessDays);
        }

        [TestMethod]
        public void AnOfficeIsBuiltOnceAndKept()
        {
            Assert.AreSame(TestCalendars.For(Offices.Aysen), TestCalendars.Platform.ForOffice("AYSEN"));
        }

        [TestMethod]
        public void APlaceAbroadCountsChileanNationalHolidaysInItsOwnZone()
        {
            var madrid = TestCalendars.Platform.ForTimeZone("Europe/Madrid");

            Assert.IsNull(madrid.Office);
            Assert.AreEqual("Europe/Madrid", madrid.Name);
            Assert.IsFalse(madrid.BusinessDays.IsBusinessDay(new CivilDate(2026, 9, 18)));
        }
    }
}
