using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Requests;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    [TestClass]
    public sealed class HolidayPluginsTests : PipelineTest
    {
        private static readonly DateTime DueWithoutHoliday = new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc);
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc);

        private Guid OpenHelpCentreQuestion() => Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta CDA",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
        });

        private static Entity ElectionDay() => new Entity(Holiday.EntityLogicalName)
        {
            [Holiday.Name] = "Feriado de prueba",
            [Holiday.Date] = new DateTime(2025, 3, 12),
            [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            [Holiday.LegalBasis] = "Ley 99.999",
        };

        private DateTime DueOf(Guid request) => Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due);

        [TestMethod]
        public void D5_AddingAOneOffHolidayReprojectsTheOpenRequestsItFallsIn_ThreeQueriesAndOneUpdate()
        {
            var request = OpenHelpCentreQuestion();
            Service.Create(ElectionDay());
            StartCounting();

            var jobs = Org.RunPendingAsync();

            Assert.IsTrue(jobs[0].Succeeded, jobs[0].FailureMessage);
            Assert.AreEqual(DueWithHoliday, DueOf(request));
            CollectionAssert.AreEqual(
                new[] { "RetrieveMultiple pch_holiday", "RetrieveMultiple pch_setting", "RetrieveMultiple pch_request", "Update pch_request" },
                CallsListBy<HolidayReprojectionPlugin>());
        }

        [TestMethod]
        public void D5_RemovingTheHolidayMovesTheDueDayBack()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = Service.Create(ElectionDay());
            Org.RunPendingAsync();

            Service.Delete(Holiday.EntityLogicalName, holiday);
            Org.RunPendingAsync();

            Assert.AreEqual(DueWithoutHoliday, DueOf(request));
        }

        [TestMethod]
        public void D5_AnAnsweredRequestIsNotReprojected()
        {
            var request = OpenHelpCentreQuestion();
            Service.Update(new Entity(Request.EntityLogicalName, request) { [Request.AnsweredOn] = new DateTime(2025, 3, 11, 15, 0, 0, DateTimeKind.Utc) });

            Service.Create(ElectionDay());
            Org.RunPendingAsync();

            Assert.AreEqual(DueWithoutHoliday, DueOf(request));
        }

        [TestMethod]
        public void Async_ReprojectingTwiceChangesNothingTheSecondTime()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = Service.Create(ElectionDay());
            Org.RunPendingAsync();
            var version = Stored(Request.EntityLogicalName, request).GetAttributeValue<long>("versionnumber");
            StartCounting();

            Service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Date] = new DateTime(2025, 3, 12) });
            Org.RunPendingAsync();

            Assert.AreEqual(DueWithHoliday, DueOf(request));
            Assert.AreEqual(version, Stored(Request.EntityLogicalName, request).GetAttributeValue<long>("versionnumber"));
            CollectionAssert.AreEqual(
                new[] { "RetrieveMultiple pch_holiday", "RetrieveMultiple pch_setting", "RetrieveMultiple pch_request" },
                CallsListBy<HolidayReprojectionPlugin>());
        }

        [TestMethod]
        public void BadInput_ARegionalHolidayWithoutItsRegionIsRefusedBeforeItIsSaved_NoCall()
        {
            var holiday = ElectionDay();
            holiday[Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional);
            StartCounting();

            var fault = Refused(() => Service.Create(holiday));

            Assert.AreEqual("Falta el campo «pch_region» en pch_holiday (nuevo); se espera la región del feriado regional o comunal.", fault.Detail.Message);
            Assert.AreEqual(0, Org.InspectAll(Holiday.EntityLogicalName).Count);
            Assert.AreEqual(0, CallsBy<HolidayRowValidationPlugin>());
        }

        [TestMethod]
        public void D5_ACommunalHolidayInChillanCountsForTheNubleOffice()
        {
            var request = Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Consulta CDA",
                [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
                [Request.Office] = new OptionSetValue((int)Choices.Region.Nuble),
            });
            var holiday = ElectionDay();
            holiday[Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Communal);
            holiday[Holiday.Region] = new OptionSetValue((int)Choices.Region.Nuble);
            holiday[Holiday.Communes] = "Chillán, Chillán Viejo";

            Service.Create(holiday);
            Org.RunPendingAsync();

            Assert.AreEqual(DueWithHoliday, DueOf(request));
        }
    }
}
