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
        public void F3_OnAQuartersLastDayTheApiRunsTheQuarterReviewOfTheSharedSweepAndCountsItsTasks_ThenASecondRunCreatesNone()
        {
            var executive = Org.AddUser("Ana Comercial");
            var company = Org.Seed(new Entity(Account.EntityLogicalName) { [Account.Name] = "Importadora de Vinos Shanghai" })[0];
            // A request a commercial office owed, answered by its owner in the first quarter: an F3 attention.
            Org.Seed(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Asesoría a importador",
                [Request.Rule] = new OptionSetValue((int)Choices.DeadlineRule.S13),
                [Request.CommercialOffice] = "Asia/Shanghai",
                [Request.AccountId] = new EntityReference(Account.EntityLogicalName, company),
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.Email),
                [Request.Start] = new DateTime(2025, 2, 9, 15, 0, 0, DateTimeKind.Utc),
                [Request.AnsweredOn] = new DateTime(2025, 2, 10, 15, 0, 0, DateTimeKind.Utc),
                [Request.Owner] = new EntityReference("systemuser", executive),
            });
            // Monday 31-03-2025, 20:00 in Santiago: the first quarter's last day.
            ProChileOrganization.ClockOf(Org).Set(new DateTime(2025, 3, 31, 23, 0, 0, DateTimeKind.Utc));

            var first = Sweep();
            var second = Sweep();

            Assert.AreEqual(1, first[BarrerPlazosPlugin.QuarterReviewTasks]);
            Assert.AreEqual(0, first[BarrerPlazosPlugin.Failed]);
            var task = Org.InspectAll(TaskActivity.EntityLogicalName).Single(t => t.GetAttributeValue<string>(TaskActivity.Subject) == "F3: revisión trimestral T1 2025");
            Assert.AreEqual(executive, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id);
            Assert.AreEqual(0, second[BarrerPlazosPlugin.QuarterReviewTasks], "The executive already has the quarter's task.");
        }

        [TestMethod]
        public void APageSizeAboveDataversesLimitIsRefusedInSpanish()
        {
            var fault = Refused(() => Sweep(pageSize: 5001));

            Assert.AreEqual("El parámetro «RegistrosPorPagina» trae «5001», que no es válido; se acepta un número entero de 1 a 5000, o vacío para 5000.", fault.Detail.Message);
        }
    }
}
