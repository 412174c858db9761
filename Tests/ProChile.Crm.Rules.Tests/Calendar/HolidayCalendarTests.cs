using System.Linq;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class HolidayCalendarTests
    {
        private static HolidayCalendar For(string slug) => TestCalendars.Platform.HolidaysFor(Offices.Get(slug));

        [TestMethod]
        public void D5_Ley20663_AricaYParinacotaKeepsTheSeventhOfJuneFrom2013()
        {
            var arica = For(Offices.AricaYParinacota);

            var morro = arica.InYear(2026).Single(h => h.Date == new CivilDate(2026, 6, 7));

            Assert.AreEqual("Asalto y Toma del Morro de Arica", morro.Name);
            Assert.AreEqual(HolidayScope.Regional, morro.Scope);
            Assert.AreEqual("arica-y-parinacota", morro.Region);
            Assert.AreEqual("Ley 20.663", morro.LegalBasis);
            Assert.IsFalse(arica.InYear(2012).Any(h => h.Date == new CivilDate(2012, 6, 7)));
            Assert.IsTrue(arica.InYear(2013).Any(h => h.Date == new CivilDate(2013, 6, 7)));
        }

        [TestMethod]
        public void D5_Ley20663_OtherOfficesDoNotKeepTheSeventhOfJune()
        {
            Assert.IsFalse(For(Offices.Tarapaca).InYear(2026).Any(h => h.Date == new CivilDate(2026, 6, 7)));
            Assert.IsFalse(For(Offices.NivelCentral).InYear(2026).Any(h => h.Date == new CivilDate(2026, 6, 7)));
        }

        [TestMethod]
        public void D5_Ley20768_TheNubleOfficeInChillanKeepsTheTwentiethOfAugustFrom2014()
        {
            var nuble = For(Offices.Nuble);

            Assert.IsFalse(nuble.InYear(2013).Any(h => h.Date == new CivilDate(2013, 8, 20)));
            var procer = nuble.InYear(2014).Single(h => h.Date == new CivilDate(2014, 8, 20));
            Assert.AreEqual("Ley 20.768", procer.LegalBasis);
            Assert.AreEqual(HolidayScope.Regional, procer.Scope);
            Assert.IsFalse(For(Offices.Biobio).InYear(2014).Any(h => h.Date == new CivilDate(2014, 8, 20)));
        }

        [TestMethod]
        public void D5_NationalOneOffsShipAsDataWithTheirLaw()
        {
            var central = For(Offices.NivelCentral);

            var census = central.InYear(2017).Single(h => h.Date == new CivilDate(2017, 4, 19));
            var bridge2022 = central.InYear(2022).Single(h => h.Date == new CivilDate(2022, 9, 16));

            Assert.AreEqual("Censo de Población y Vivienda", census.Name);
            Assert.AreEqual("Ley 20.985", census.LegalBasis);
            Assert.AreEqual("Ley 21.521", bridge2022.LegalBasis);
        }

        [TestMethod]
        public void D5_ThePapalVisitDaysOf2018WereRegional()
        {
            Assert.IsTrue(For(Offices.Metropolitana).InYear(2018).Any(h => h.Date == new CivilDate(2018, 1, 16) && h.LegalBasis == "Ley 21.065"));
            Assert.IsTrue(For(Offices.NivelCentral).InYear(2018).Any(h => h.Date == new CivilDate(2018, 1, 16)));
            Assert.IsTrue(For(Offices.Araucania).InYear(2018).Any(h => h.Date == new CivilDate(2018, 1, 17) && h.LegalBasis == "Ley 21.051"));
            Assert.IsTrue(For(Offices.Tarapaca).InYear(2018).Any(h => h.Date == new CivilDate(2018, 1, 18)));
            Assert.IsFalse(For(Offices.Valparaiso).InYear(2018).Any(h => h.Date.Month == 1 && h.Date.Day >= 16 && h.Date.Day <= 18));
        }

        [TestMethod]
        public void D5_AdminRowsTakeEffectWithoutANewDeployment()
        {
            var rules = TestCalendars.NationalRules;
            var adminRows = new[]
            {
                Holiday.National(new CivilDate(2027, 4, 21), "Censo 2027", "Ley de prueba 99.999"),
                Holiday.Regional(new CivilDate(2027, 9, 8), "Feriado regional de prueba", Offices.Antofagasta, "Ley de prueba 99.998"),
            };

            var antofagasta = new HolidayCalendar(rules, Offices.Antofagasta, adminRows);
            var coquimbo = new HolidayCalendar(rules, Offices.Coquimbo, adminRows);

            Assert.IsTrue(antofagasta.InYear(2027).Any(h => h.Name == "Censo 2027"));
            Assert.IsTrue(antofagasta.InYear(2027).Any(h => h.Name == "Feriado regional de prueba"));
            Assert.IsTrue(coquimbo.InYear(2027).Any(h => h.Name == "Censo 2027"));
            Assert.IsFalse(coquimbo.InYear(2027).Any(h => h.Name == "Feriado regional de prueba"));
        }

        [TestMethod]
        public void D5_ACalendarWithNoRegionKeepsNationalHolidaysOnly()
        {
            var abroad = new HolidayCalendar(TestCalendars.NationalRules, null, KnownOneOffHolidays.All);

            Assert.IsTrue(abroad.InYear(2018).All(h => h.Scope == HolidayScope.National));
            Assert.IsTrue(abroad.InYear(2017).Any(h => h.Date == new CivilDate(2017, 4, 19)));
        }

        [TestMethod]
        public void ARegionalHolidayWithoutARegionIsRefused()
        {
            var error = Assert.ThrowsExactly<System.ArgumentException>(() =>
                new Holiday(new CivilDate(2027, 1, 1), "Sin región", HolidayScope.Regional, null, "Ley 1"));

            StringAssert.StartsWith(error.Message, "The regional holiday 'Sin región' on 2027-01-01 names no region; a region slug is required.");
        }

        [TestMethod]
        public void AHolidayWithoutALawIsRefused()
        {
            Assert.ThrowsExactly<System.ArgumentException>(() => Holiday.National(new CivilDate(2027, 1, 1), "Sin ley", " "));
        }
    }
}
