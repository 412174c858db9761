using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class OfficesTests
    {
        [TestMethod]
        public void ThereAreSixteenRegionalOfficesAndNivelCentral()
        {
            Assert.AreEqual(
                "arica-y-parinacota,tarapaca,antofagasta,atacama,coquimbo,valparaiso,metropolitana,ohiggins,maule,nuble,biobio,araucania,los-rios,los-lagos,aysen,magallanes,nivel-central",
                string.Join(",", Offices.Slugs));
        }

        [TestMethod]
        public void D4_EachOfficeCountsInItsRegionsZone()
        {
            Assert.AreEqual("America/Coyhaique", Offices.Get("aysen").TimeZoneId);
            Assert.AreEqual("America/Punta_Arenas", Offices.Get("magallanes").TimeZoneId);
            Assert.AreEqual(15, Offices.All.Count(o => o.TimeZoneId == "America/Santiago"));
        }

        [TestMethod]
        public void NivelCentralKeepsTheMetropolitanRegionsHolidays()
        {
            var office = Offices.Get("nivel-central");

            Assert.AreEqual("metropolitana", office.HolidayRegion);
            Assert.AreEqual("Santiago", office.City);
        }

        [TestMethod]
        public void SlugsAreCaseInsensitive()
        {
            Assert.AreEqual("Ñuble", Offices.Get("NUBLE").Name);
        }

        [TestMethod]
        public void AnUnknownOfficeIsNamedWithTheAcceptedSlugs()
        {
            var error = Assert.ThrowsExactly<UnknownOfficeException>(() => Offices.Get("santiago"));

            Assert.AreEqual("santiago", error.Slug);
            StringAssert.StartsWith(error.Message, "Oficina desconocida «santiago»; se aceptan: arica-y-parinacota, tarapaca,");
        }
    }
}
