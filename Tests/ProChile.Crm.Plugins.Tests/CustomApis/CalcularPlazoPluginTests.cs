using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.CustomApis;
using ProChile.Crm.Tests.Shared;

namespace ProChile.Crm.Plugins.Tests.CustomApis
{
    /// <summary>pch_CalcularPlazo called by name, as a cloud flow's "Perform an unbound action" calls it.</summary>
    [TestClass]
    public sealed class CalcularPlazoPluginTests : PipelineTest
    {
        private OrganizationResponse Calculate(string rule, DateTime startUtc, string? office = null, string? zone = null)
        {
            var request = new OrganizationRequest(CustomApiNames.CalcularPlazo)
            {
                [CalcularPlazoPlugin.Rule] = rule,
                [CalcularPlazoPlugin.Start] = startUtc,
            };
            if (office != null) request[OfficeCalendarInput.Office] = office;
            if (zone != null) request[OfficeCalendarInput.TimeZone] = zone;
            return Service.Execute(request);
        }

        private static DateTime Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).UtcDateTime;

        [TestMethod]
        [DynamicData(nameof(DeadlineCases.Rows), typeof(DeadlineCases))]
        public void TheSharedDeadlineCasesGiveTheirAnswer_AsProchileSlaDoes(DeadlineCase item)
        {
            var response = Calculate(item.Rule, Utc(item.Start), item.Office, item.TimeZone);

            Assert.AreEqual(CustomApiNames.CalcularPlazo, response.ResponseName);
            Assert.AreEqual(Utc(item.DueUtc), response[CalcularPlazoPlugin.Due]);
            Assert.AreEqual(item.DueLocal, response[CalcularPlazoPlugin.DueLocal]);
            Assert.AreEqual(Utc(item.WarningUtc), response[CalcularPlazoPlugin.WarningAt]);
            Assert.AreEqual(item.TimeZoneUsed, response[CalcularPlazoPlugin.TimeZoneUsed]);
            Assert.AreEqual(item.Skipped, response[CalcularPlazoPlugin.Skipped]);
        }

        [TestMethod]
        public void TheResponseCarriesEveryDocumentedProperty_WithTheTermInWordsAndTheLocalWarning()
        {
            var response = Calculate("S7", new DateTime(2026, 9, 16, 13, 0, 0, DateTimeKind.Utc));

            CollectionAssert.AreEquivalent(
                new[] { "Vencimiento", "VencimientoLocal", "EnRiesgoDesde", "EnRiesgoDesdeLocal", "Termino", "DiasOmitidos", "ZonaHorariaUsada" },
                new System.Collections.Generic.List<string>(response.Results.Keys));
            Assert.AreEqual("4 días hábiles (S7)", response[CalcularPlazoPlugin.Term]);
            Assert.AreEqual("2026-09-23T00:00:00-03:00", response[CalcularPlazoPlugin.WarningLocal]);
        }

        [TestMethod]
        public void D6_TheAdminsWarningSettingMovesTheWarningInstant()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.BusinessDaysAtRisk, [Setting.Value] = "2" });

            var response = Calculate("S7", new DateTime(2026, 9, 16, 13, 0, 0, DateTimeKind.Utc));

            // Two business days left: from the start of Tuesday 22 September, Santiago.
            Assert.AreEqual(new DateTime(2026, 9, 22, 3, 0, 0, DateTimeKind.Utc), response[CalcularPlazoPlugin.WarningAt]);
        }

        [TestMethod]
        public void AnUnknownRuleIsRefusedInSpanishNamingTheValueAndTheRules()
        {
            var fault = Refused(() => Calculate("S15", new DateTime(2026, 9, 16, 13, 0, 0, DateTimeKind.Utc)));

            Assert.AreEqual("El parámetro «Regla» trae «S15», que no es válido; se acepta una regla de plazo del protocolo, de S1 a S14.", fault.Detail.Message);
        }

        [TestMethod]
        public void AnUnknownTimeZoneIsRefusedInSpanish()
        {
            var fault = Refused(() => Calculate("S9", new DateTime(2026, 9, 16, 13, 0, 0, DateTimeKind.Utc), zone: "Marte/Olympus"));

            StringAssert.StartsWith(fault.Detail.Message, "El parámetro «ZonaHoraria» trae «Marte/Olympus», que no es válido; se acepta un id de zona horaria IANA");
        }

        [TestMethod]
        public void AStartOutsideTheCalendarIsRefused()
        {
            var fault = Refused(() => Calculate("S7", new DateTime(1999, 9, 16, 13, 0, 0, DateTimeKind.Utc)));

            StringAssert.StartsWith(fault.Detail.Message, "El parámetro «Inicio» trae «1999-09-16T13:00:00Z», que no es válido; se acepta un instante entre los años 2000 y");
        }
    }
}
