using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.Requests
{
    /// <summary>
    /// The README's "Edits a user can make" rows for pch_holiday: an admin's edit either moves the open deadlines it
    /// touches (asynchronously) or is refused in Spanish before it is saved, naming the column.
    /// </summary>
    [TestClass]
    public sealed class HolidayEditTests : PipelineTest
    {
        protected override bool FiltersSeeCallerColumnsOnly => true;

        private static readonly DateTime DueWithoutHoliday = new DateTime(2025, 3, 15, 2, 59, 59, DateTimeKind.Utc);
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 18, 2, 59, 59, DateTimeKind.Utc);

        private Guid OpenHelpCentreQuestion() => Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta CDA",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)Choices.Region.Metropolitana),
        });

        private DateTime DueOf(Guid request) => Stored(Request.EntityLogicalName, request).GetAttributeValue<DateTime>(Request.Due);

        private Guid HolidayInTheTerm()
        {
            var holiday = Service.Create(HolidayReprojectionAtScaleTests.ElectionDay());
            Org.RunPendingAsync();
            return holiday;
        }

        private void Edit(Guid holiday, string column, object? value)
        {
            Service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [column] = value });
            foreach (var job in Org.RunPendingAsync())
            {
                Assert.IsTrue(job.Succeeded, job.FailureMessage);
            }
        }

        [TestMethod]
        public void D5_MovingAHolidayOutOfTheTermMovesTheDueDayBack()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = HolidayInTheTerm();
            Assert.AreEqual(DueWithHoliday, DueOf(request));

            Edit(holiday, Holiday.Date, new DateTime(2025, 3, 24));

            Assert.AreEqual(DueWithoutHoliday, DueOf(request));
        }

        [TestMethod]
        public void D5_MovingAHolidayIntoTheTermMovesTheDueDayLater()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = Service.Create(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 24),
            });
            Org.RunPendingAsync();
            Assert.AreEqual(DueWithoutHoliday, DueOf(request));

            Edit(holiday, Holiday.Date, new DateTime(2025, 3, 12));

            Assert.AreEqual(DueWithHoliday, DueOf(request));
        }

        [TestMethod]
        public void D5_ChangingARegionalHolidaysRegionMovesTheNewRegionsDeadlines()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = Service.Create(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado regional de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 12),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional),
                [Holiday.Region] = new OptionSetValue((int)Choices.Region.Magallanes),
            });
            Org.RunPendingAsync();
            Assert.AreEqual(DueWithoutHoliday, DueOf(request));

            Edit(holiday, Holiday.Region, new OptionSetValue((int)Choices.Region.Metropolitana));

            Assert.AreEqual(DueWithHoliday, DueOf(request));
        }

        [TestMethod]
        public void D5_DeactivatingAHolidayMovesTheDueDayBack()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = HolidayInTheTerm();

            Edit(holiday, Holiday.StateCode, new OptionSetValue(1));

            Assert.AreEqual(DueWithoutHoliday, DueOf(request));
        }

        [TestMethod]
        public void BadInput_ClearingAHolidaysDateIsRefusedNamingTheColumnAndTheDeadlinesStay()
        {
            var request = OpenHelpCentreQuestion();
            var holiday = HolidayInTheTerm();

            var fault = Refused(() => Service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Date] = null }));

            Assert.AreEqual($"Falta el campo «pch_date» en pch_holiday {holiday}; se espera la fecha del feriado.", fault.Detail.Message);
            Assert.AreEqual(DueWithHoliday, DueOf(request));
        }

        [TestMethod]
        public void BadInput_ClearingAHolidaysNameIsRefusedNamingTheColumn()
        {
            var holiday = HolidayInTheTerm();

            var fault = Refused(() => Service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Name] = null }));

            Assert.AreEqual($"Falta el campo «pch_name» en pch_holiday {holiday}; se espera el nombre del feriado, por ejemplo «Elecciones presidenciales».", fault.Detail.Message);
        }

        [TestMethod]
        public void BadInput_ARegionalHolidayWhoseRegionIsClearedIsRefused()
        {
            var holiday = Service.Create(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado regional de prueba",
                [Holiday.Date] = new DateTime(2025, 3, 12),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.Regional),
                [Holiday.Region] = new OptionSetValue((int)Choices.Region.Magallanes),
            });

            var fault = Refused(() => Service.Update(new Entity(Holiday.EntityLogicalName, holiday) { [Holiday.Region] = null }));

            Assert.AreEqual($"Falta el campo «pch_region» en pch_holiday {holiday}; se espera la región del feriado regional o comunal.", fault.Detail.Message);
        }
    }
}
