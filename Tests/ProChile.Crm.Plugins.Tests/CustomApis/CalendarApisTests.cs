using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.CustomApis;

namespace ProChile.Crm.Plugins.Tests.CustomApis
{
    /// <summary>pch_SumarDiasHabiles, pch_ContarDiasHabiles, pch_EsDiaHabil called by name, as a cloud flow calls them.</summary>
    [TestClass]
    public sealed class CalendarApisTests : PipelineTest
    {
        private OrganizationResponse Call(string api, params (string Name, object Value)[] parameters)
        {
            var request = new OrganizationRequest(api);
            foreach (var (name, value) in parameters)
            {
                request[name] = value;
            }
            return Service.Execute(request);
        }

        [TestMethod]
        public void D1_AddingFourBusinessDaysFromSeptember16_2026SkipsFiestasPatriasAndTheWeekend()
        {
            var response = Call(CustomApiNames.SumarDiasHabiles, (SumarDiasHabilesPlugin.Date, "2026-09-16"), (SumarDiasHabilesPlugin.Days, 4));

            Assert.AreEqual(CustomApiNames.SumarDiasHabiles, response.ResponseName);
            Assert.AreEqual("2026-09-23", response[SumarDiasHabilesPlugin.Result]);
            Assert.AreEqual("2026-09-18 Independencia Nacional\n2026-09-19 Día de las Glorias del Ejército\n2026-09-20 Domingo",
                response[SumarDiasHabilesPlugin.Skipped]);
        }

        [TestMethod]
        public void D5_AOneOffHolidayStoredInDataverseCountsForAnyCaller()
        {
            Org.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado de prueba",
                [Holiday.Date] = new DateTime(2026, 9, 21),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                [Holiday.LegalBasis] = "Ley 99.999",
            });

            var response = Call(CustomApiNames.SumarDiasHabiles, (SumarDiasHabilesPlugin.Date, "2026-09-16"), (SumarDiasHabilesPlugin.Days, 4));

            Assert.AreEqual("2026-09-24", response[SumarDiasHabilesPlugin.Result]);
        }

        [TestMethod]
        public void D4_AricaCountsJune7AsARegionalHoliday_NivelCentralDoesNot()
        {
            var arica = Call(CustomApiNames.EsDiaHabil, (EsDiaHabilPlugin.Date, "2027-06-07"), (OfficeCalendarInput.Office, "arica-y-parinacota"));
            var central = Call(CustomApiNames.EsDiaHabil, (EsDiaHabilPlugin.Date, "2027-06-07"));

            Assert.AreEqual(false, arica[EsDiaHabilPlugin.IsBusinessDay]);
            StringAssert.Contains((string)arica[EsDiaHabilPlugin.Reason], "Asalto y Toma del Morro de Arica");
            Assert.AreEqual(true, central[EsDiaHabilPlugin.IsBusinessDay]);
            Assert.AreEqual(string.Empty, central[EsDiaHabilPlugin.Reason]);
        }

        [TestMethod]
        public void D1_September2026HasTwentyBusinessDaysAtNivelCentral()
        {
            var response = Call(CustomApiNames.ContarDiasHabiles, (ContarDiasHabilesPlugin.From, "2026-08-31"), (ContarDiasHabilesPlugin.Through, "2026-09-30"));

            // 22 weekdays, less 18 and 19 September (Fiestas Patrias; the 19th is a Saturday in 2026, so only one weekday).
            Assert.AreEqual(21, response[ContarDiasHabilesPlugin.Count]);
        }

        [TestMethod]
        public void ABadDateIsRefusedInSpanishNamingTheParameterAndWhatIsAccepted()
        {
            var fault = Refused(() => Call(CustomApiNames.EsDiaHabil, (EsDiaHabilPlugin.Date, "16/09/2026")));

            Assert.AreEqual("El parámetro «Fecha» trae «16/09/2026», que no es válido; se acepta una fecha aaaa-mm-dd (p. ej., 2026-09-16).", fault.Detail.Message);
        }

        [TestMethod]
        public void AnUnknownOfficeIsRefusedListingTheOffices()
        {
            var fault = Refused(() => Call(CustomApiNames.EsDiaHabil, (EsDiaHabilPlugin.Date, "2026-09-16"), (OfficeCalendarInput.Office, "santiago")));

            StringAssert.StartsWith(fault.Detail.Message, "El parámetro «Oficina» trae «santiago», que no es válido; se acepta el slug de una oficina: ");
            StringAssert.Contains(fault.Detail.Message, "nivel-central");
        }

        [TestMethod]
        public void OfficeAndTimeZoneTogetherAreRefused()
        {
            var fault = Refused(() => Call(CustomApiNames.EsDiaHabil, (EsDiaHabilPlugin.Date, "2026-09-16"),
                (OfficeCalendarInput.Office, "valparaiso"), (OfficeCalendarInput.TimeZone, "Asia/Shanghai")));

            StringAssert.StartsWith(fault.Detail.Message, "Se indicaron «Oficina» («valparaiso») y «ZonaHoraria» («Asia/Shanghai»); se acepta solo una de las dos");
        }

        [TestMethod]
        public void NegativeBusinessDaysAreRefused()
        {
            var fault = Refused(() => Call(CustomApiNames.SumarDiasHabiles, (SumarDiasHabilesPlugin.Date, "2026-09-16"), (SumarDiasHabilesPlugin.Days, -1)));

            Assert.AreEqual("El parámetro «DiasHabiles» trae «-1», que no es válido; se acepta un número entero de días hábiles de 0 a 1000.", fault.Detail.Message);
        }

        [TestMethod]
        public void ThroughBeforeFromIsRefused()
        {
            var fault = Refused(() => Call(CustomApiNames.ContarDiasHabiles, (ContarDiasHabilesPlugin.From, "2026-09-30"), (ContarDiasHabilesPlugin.Through, "2026-09-01")));

            Assert.AreEqual("El parámetro «Hasta» trae «2026-09-01», que no es válido; se acepta una fecha igual o posterior a «Desde» (2026-09-30).", fault.Detail.Message);
        }

        [TestMethod]
        public void AMissingRequiredParameterIsRefusedByThePlatformBeforeThePluginRuns()
        {
            var fault = Refused(() => Call(CustomApiNames.SumarDiasHabiles, (SumarDiasHabilesPlugin.Date, "2026-09-16")));

            StringAssert.Contains(fault.Detail.Message, "'DiasHabiles'");
            Assert.AreEqual(0, CallsBy<SumarDiasHabilesPlugin>());
        }

        [TestMethod]
        public void AParameterOfTheWrongTypeIsRefusedByThePlatform()
        {
            var fault = Refused(() => Call(CustomApiNames.SumarDiasHabiles, (SumarDiasHabilesPlugin.Date, "2026-09-16"), (SumarDiasHabilesPlugin.Days, "4")));

            StringAssert.Contains(fault.Detail.Message, "'DiasHabiles'");
            StringAssert.Contains(fault.Detail.Message, "Integer");
        }
    }
}
