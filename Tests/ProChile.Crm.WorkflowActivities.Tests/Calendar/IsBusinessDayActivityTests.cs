using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Calendar;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Calendar
{
    [TestClass]
    public sealed class IsBusinessDayActivityTests
    {
        private static readonly DateTime Now = Utc(2026, 5, 19, 15);

        private static Dictionary<string, object?> Run(DateTime date, OptionSetValue? office) => new Dictionary<string, object?>
        {
            [nameof(IsBusinessDayActivity.Date)] = date,
            [nameof(IsBusinessDayActivity.Office)] = office,
        };

        private static (bool IsBusinessDay, string Reason) Ask(DateTime date, Choices.Region region)
        {
            var outputs = new ActivityHost(Now).Run(new IsBusinessDayActivity(), Run(date, Office(region)));
            return ((bool)outputs[nameof(IsBusinessDayActivity.IsBusinessDay)], (string)outputs[nameof(IsBusinessDayActivity.Reason)]);
        }

        [TestMethod]
        public void D1_AnOrdinaryFridayIsABusinessDayWithNoReason()
        {
            Assert.AreEqual((true, string.Empty), Ask(Utc(2026, 5, 22, 15), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D5_GloriasNavalesIsNotABusinessDayAndSaysWhyWithItsLaw()
        {
            Assert.AreEqual((false, "21-05-2026 Día de las Glorias Navales (Ley 2.977)"), Ask(Utc(2026, 5, 21, 15), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D1_SaturdayIsNotABusinessDay()
        {
            Assert.AreEqual((false, "23-05-2026 Sábado"), Ask(Utc(2026, 5, 23, 15), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D4_ThursdayNightInSantiagoIsStillTheHolidayAlthoughItIsFridayInUtc()
        {
            Assert.AreEqual((false, "21-05-2026 Día de las Glorias Navales (Ley 2.977)"), Ask(Utc(2026, 5, 22, 3, 30), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D5_TwentiethOfAugustIsAHolidayInNubleOnly()
        {
            Assert.AreEqual((false, "20-08-2026 Nacimiento del Prócer de la Independencia (Chillán y Chillán Viejo) (Ley 20.768)"), Ask(Utc(2026, 8, 20, 15), Choices.Region.Nuble));
            Assert.AreEqual((true, string.Empty), Ask(Utc(2026, 8, 20, 15), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void AnEmptyDateIsRefusedInSpanishBeforeAnyServiceCall()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new IsBusinessDayActivity(), Run(default, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Es día hábil»: Falta «Fecha»; se espera una fecha y hora.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void ADateInTheServersLocalTimeIsRefusedBecauseDataverseGivesUtc()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new IsBusinessDayActivity(), Run(new DateTime(2026, 5, 22, 12, 0, 0, DateTimeKind.Local), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Es día hábil»: «Fecha» tiene el valor «2026-05-22 12:00:00 (hora local del servidor)», que no es válido; se espera una fecha y hora en UTC, como la entrega Dataverse.", message);
        }
    }
}
