using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Calendar;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Calendar
{
    [TestClass]
    public sealed class CountBusinessDaysActivityTests
    {
        private static readonly DateTime Now = Utc(2026, 5, 19, 15);

        private static Dictionary<string, object?> Run(DateTime from, DateTime through, OptionSetValue? office) => new Dictionary<string, object?>
        {
            [nameof(CountBusinessDaysActivity.From)] = from,
            [nameof(CountBusinessDaysActivity.Through)] = through,
            [nameof(CountBusinessDaysActivity.Office)] = office,
        };

        [TestMethod]
        public void D1_MondayToWednesdayIsTwoBusinessDays()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new CountBusinessDaysActivity(), Run(Utc(2026, 5, 18, 15), Utc(2026, 5, 20, 15), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(2, outputs[nameof(CountBusinessDaysActivity.BusinessDays)]);
            Assert.AreEqual("RetrieveMultiple pch_holiday", host.CallSummary);
        }

        [TestMethod]
        public void D5_TuesdayToNextMondayIsThreeBusinessDaysAroundGloriasNavalesAndTheWeekend()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new CountBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), Utc(2026, 5, 25, 15), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(3, outputs[nameof(CountBusinessDaysActivity.BusinessDays)]);
        }

        [TestMethod]
        public void D1_TheSameLocalDayIsZeroBusinessDays()
        {
            var host = new ActivityHost(Now);

            // 12:00 and 23:30 Santiago on 19-05 (the second is already 20-05 in UTC).
            var outputs = host.Run(new CountBusinessDaysActivity(), Run(Utc(2026, 5, 19, 16), Utc(2026, 5, 20, 3, 30), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(0, outputs[nameof(CountBusinessDaysActivity.BusinessDays)]);
        }

        [TestMethod]
        public void AnEndBeforeTheStartIsRefusedNamingBothInputs()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new CountBusinessDaysActivity(), Run(Utc(2026, 5, 20, 15), Utc(2026, 5, 19, 15), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Contar días hábiles entre dos fechas»: «Fecha de término» tiene el valor «2026-05-19 15:00:00 UTC», que no es válido; se espera una fecha igual o posterior a «Fecha de inicio» (2026-05-20 15:00:00 UTC).", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AnEmptyEndDateIsRefusedInSpanish()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new CountBusinessDaysActivity(), Run(Utc(2026, 5, 20, 15), default, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Contar días hábiles entre dos fechas»: Falta «Fecha de término»; se espera una fecha y hora.", message);
        }
    }
}
