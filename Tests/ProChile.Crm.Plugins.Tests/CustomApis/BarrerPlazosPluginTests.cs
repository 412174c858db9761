using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.CustomApis;

namespace ProChile.Crm.Plugins.Tests.CustomApis
{
    /// <summary>pch_BarrerPlazos called by name, as a recurring cloud flow calls it: the daily sweep and its counts.</summary>
    [TestClass]
    public sealed class BarrerPlazosPluginTests : PipelineTest
    {
        private static readonly DateTime FridayNoon = new DateTime(2025, 3, 14, 15, 0, 0, DateTimeKind.Utc);

        private Guid OpenHelpCentreQuestion() => Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta CDA",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
        });

        private OrganizationResponse Sweep(int? pageSize = null)
        {
            var request = new OrganizationRequest(CustomApiNames.BarrerPlazos);
            if (pageSize != null) request[BarrerPlazosPlugin.PageSize] = pageSize.Value;
            return Service.Execute(request);
        }

        [TestMethod]
        public void D6_TheSweepMarksARequestPastItsWarningAtRiskAndCountsIt_ThenASecondRunChangesNothing()
        {
            var id = OpenHelpCentreQuestion();
            OpenHelpCentreQuestion();
            ProChileOrganization.ClockOf(Org).Set(FridayNoon);

            var first = Sweep(pageSize: 1);
            var second = Sweep();

            Assert.AreEqual(CustomApiNames.BarrerPlazos, first.ResponseName);
            Assert.AreEqual(2, first[BarrerPlazosPlugin.RequestsAtRisk]);
            Assert.AreEqual(0, first[BarrerPlazosPlugin.RequestsOverdue]);
            Assert.AreEqual(0, first[BarrerPlazosPlugin.NotesUpheld]);
            Assert.AreEqual(0, first[BarrerPlazosPlugin.NoteFlagsCleared]);
            Assert.AreEqual(0, first[BarrerPlazosPlugin.NoteFlagsSet]);
            Assert.AreEqual(0, first[BarrerPlazosPlugin.QuarterReviewTasks], "A Friday in mid-quarter is no F3 review day.");
            Assert.AreEqual(0, first[BarrerPlazosPlugin.Failed]);
            Assert.AreEqual((int)Choices.DeadlineStatus.AtRisk, Choice(Stored(Request.EntityLogicalName, id), Request.DeadlineStatus));
            Assert.AreEqual(0, second[BarrerPlazosPlugin.RequestsAtRisk]);
        }

        [TestMethod]
        public void TheResponseCarriesTheActivitysNineCounts()
        {
            var response = Sweep();

            CollectionAssert.AreEquivalent(
                new[] { "SolicitudesEnRiesgo", "SolicitudesVencidas", "SolicitudesRecalculadas", "SolicitudesPendientes", "NotasMantenidas", "MarcasDeNotaQuitadas", "MarcasDeNotaPuestas", "TareasDeRevisionTrimestral", "RegistrosConError" },
                response.Results.Keys.ToArray());
        }

        [TestMethod]
        public void APageSizeAboveDataversesLimitIsRefusedInSpanish()
        {
            var fault = Refused(() => Sweep(pageSize: 5001));

            Assert.AreEqual("El parámetro «RegistrosPorPagina» trae «5001», que no es válido; se acepta un número entero de 1 a 5000, o vacío para 5000.", fault.Detail.Message);
        }
    }
}
