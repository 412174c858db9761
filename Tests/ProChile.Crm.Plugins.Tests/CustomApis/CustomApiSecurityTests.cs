using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.Plugins.CustomApis;

namespace ProChile.Crm.Plugins.Tests.CustomApis
{
    /// <summary>
    /// The APIs and alerts as the users who do the job: each holds Basic User and one ProChile role, in a regional
    /// business unit; only the portfolio administrator holds pch_BarrerPlazos' execute privilege (prvWritepch_Setting).
    /// </summary>
    [TestClass]
    public sealed class CustomApiSecurityTests : PipelineTest
    {
        private static readonly DateTime FridayNoon = new DateTime(2025, 3, 14, 15, 0, 0, DateTimeKind.Utc);

        private Guid executive;
        private Guid administrator;

        [TestInitialize]
        public void Users()
        {
            var valparaiso = Org.AddBusinessUnit("Oficina Regional de Valparaíso");
            executive = Org.AddUser("Ejecutiva Regional", valparaiso, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            administrator = Org.AddUser("Administradora de Cartera", Org.RootBusinessUnitId, SolutionRoles.BasicUser, SolutionRoles.PortfolioAdministrator);
        }

        private Guid ExecutivesRequest() => Org.ServiceFor(executive).Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta CDA",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)Choices.Region.Valparaiso),
        });

        [TestMethod]
        public void D6_TheAdministratorSweeps_AndTheExecutiveWhoOwnsTheRequestGetsTheAlert()
        {
            var id = ExecutivesRequest();
            Org.RunPendingAsync();
            ProChileOrganization.ClockOf(Org).Set(FridayNoon);

            var response = Org.ServiceFor(administrator).Execute(new OrganizationRequest(CustomApiNames.BarrerPlazos));
            Org.RunPendingAsync();

            Assert.AreEqual(1, response[BarrerPlazosPlugin.RequestsAtRisk]);
            Assert.AreEqual(0, response[BarrerPlazosPlugin.Failed]);
            var task = Org.InspectAll(TaskActivity.EntityLogicalName).Single();
            Assert.AreEqual(executive, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id);
            StringAssert.EndsWith((string)task[TaskActivity.Subject], "ref. " + id.ToString("N").Substring(0, 8) + " riesgo");
        }

        [TestMethod]
        public void ARegionalExecutiveCannotExecuteTheSweep_AndNothingChanges()
        {
            var id = ExecutivesRequest();
            ProChileOrganization.ClockOf(Org).Set(FridayNoon);

            var fault = Refused(() => Org.ServiceFor(executive).Execute(new OrganizationRequest(CustomApiNames.BarrerPlazos)));

            Assert.AreEqual(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
            StringAssert.Contains(fault.Detail.Message, "is missing prvWritepch_Setting privilege");
            Assert.AreEqual((int)Choices.DeadlineStatus.OnTime, Choice(Stored(Request.EntityLogicalName, id), Request.DeadlineStatus));
            Assert.AreEqual(0, CallsBy<BarrerPlazosPlugin>());
        }

        [TestMethod]
        public void ARegionalExecutiveCalculatesADeadlineWithTheAdminsHolidays()
        {
            Org.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado de prueba",
                [Holiday.Date] = new DateTime(2026, 9, 21),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            });

            var response = Org.ServiceFor(executive).Execute(new OrganizationRequest(CustomApiNames.CalcularPlazo)
            {
                [CalcularPlazoPlugin.Rule] = "S7",
                [CalcularPlazoPlugin.Start] = new DateTime(2026, 9, 16, 13, 0, 0, DateTimeKind.Utc),
                [OfficeCalendarInput.Office] = "valparaiso",
            });

            Assert.AreEqual("2026-09-24T23:59:59-03:00", response[CalcularPlazoPlugin.DueLocal]);
        }

        [TestMethod]
        public void ARegionalExecutiveRecomputesTheCategoryOfACompanyOfTheirUnit()
        {
            var account = PortfolioAccount();
            account[Account.Region] = new OptionSetValue((int)Choices.Region.Valparaiso);
            var company = Org.ServiceFor(executive).Create(account);

            var response = Org.ServiceFor(executive).Execute(new OrganizationRequest(CustomApiNames.RecalcularCategoria)
            {
                ["Target"] = new EntityReference(Account.EntityLogicalName, company),
            });

            Assert.AreEqual(3, response[RecalcularCategoriaPlugin.Category]);
            Assert.AreEqual(false, response[RecalcularCategoriaPlugin.Changed]);
        }

        [TestMethod]
        public void AnExecutiveOfAnotherUnitCannotRecomputeACompanyTheyCannotRead()
        {
            var company = Org.ServiceFor(administrator).Create(PortfolioAccount());
            var other = Org.AddUser("Ejecutivo de otra oficina", Org.AddBusinessUnit("Oficina Regional de Ñuble"), SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);

            var fault = Refused(() => Org.ServiceFor(other).Execute(new OrganizationRequest(CustomApiNames.RecalcularCategoria)
            {
                ["Target"] = new EntityReference(Account.EntityLogicalName, company),
            }));

            // The caller's own Retrieve is refused; the plugin base reports it with the platform's reason.
            StringAssert.Contains(fault.Detail.Message, "does not have ReadAccess right(s) for record with Id = " + company);
            Assert.AreEqual(0, Org.Activity.CallsMadeBy<RecalcularCategoriaPlugin>().Count(c => c.MessageName == "Update"));
        }
    }
}
