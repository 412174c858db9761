using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Calendar;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Calendar
{
    [TestClass]
    public sealed class AddBusinessDaysActivityTests
    {
        private static readonly DateTime Now = Utc(2026, 5, 19, 15);

        private static Dictionary<string, object?> Run(DateTime start, int days, OptionSetValue? office) => new Dictionary<string, object?>
        {
            [nameof(AddBusinessDaysActivity.Start)] = start,
            [nameof(AddBusinessDaysActivity.BusinessDays)] = days,
            [nameof(AddBusinessDaysActivity.Office)] = office,
        };

        [TestMethod]
        public void D1_ThreeBusinessDaysFromTuesdaySkipGloriasNavalesAndTheWeekend_DueMonday235959Santiago()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), 3, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 5, 26, 3, 59, 59), outputs[nameof(AddBusinessDaysActivity.Due)]); // 25-05 23:59:59 at UTC-4
            Assert.AreEqual(DateTimeKind.Utc, ((DateTime)outputs[nameof(AddBusinessDaysActivity.Due)]).Kind);
            Assert.AreEqual("21-05-2026 Día de las Glorias Navales (Ley 2.977)\n23-05-2026 Sábado\n24-05-2026 Domingo",
                outputs[nameof(AddBusinessDaysActivity.SkippedDays)]);
        }

        [TestMethod]
        public void D1_ServiceCallBudgetIsOneQueryForTheOneOffHolidays()
        {
            var host = new ActivityHost(Now);

            host.Run(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), 3, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("RetrieveMultiple pch_holiday", host.CallSummary);
        }

        [TestMethod]
        public void D4_AnEveningEventCountsFromItsLocalDateNotItsUtcDate()
        {
            var host = new ActivityHost(Now);

            // 2026-05-20 02:00 UTC is 19-05 22:00 in Santiago: day 1 is Wednesday 20-05.
            var outputs = host.Run(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 20, 2), 1, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 5, 21, 3, 59, 59), outputs[nameof(AddBusinessDaysActivity.Due)]);
            Assert.AreEqual(string.Empty, outputs[nameof(AddBusinessDaysActivity.SkippedDays)]);
        }

        [TestMethod]
        public void D4_MagallanesCountsInPuntaArenasTimeUtcMinus3()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), 3, Office(Choices.Region.Magallanes)));

            Assert.AreEqual(Utc(2026, 5, 26, 2, 59, 59), outputs[nameof(AddBusinessDaysActivity.Due)]);
        }

        [TestMethod]
        public void D5_AricaKeepsTheSeventhOfJuneSoItsTermEndsADayLaterThanSantiagos()
        {
            var host = new ActivityHost(Now);
            var friday = Utc(2027, 6, 4, 15); // Monday 07-06-2027: Asalto y Toma del Morro de Arica (Ley 20.663)

            var arica = host.Run(new AddBusinessDaysActivity(), Run(friday, 1, Office(Choices.Region.AricaYParinacota)));
            var santiago = host.Run(new AddBusinessDaysActivity(), Run(friday, 1, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2027, 6, 9, 3, 59, 59), arica[nameof(AddBusinessDaysActivity.Due)]);
            Assert.AreEqual("05-06-2027 Sábado\n06-06-2027 Domingo\n07-06-2027 Asalto y Toma del Morro de Arica (Ley 20.663)", arica[nameof(AddBusinessDaysActivity.SkippedDays)]);
            Assert.AreEqual(Utc(2027, 6, 8, 3, 59, 59), santiago[nameof(AddBusinessDaysActivity.Due)]);
        }

        [TestMethod]
        public void D5_AOneOffHolidayAddedInDataverseTakesEffectOnTheNextRun()
        {
            var host = new ActivityHost(Now);
            var activity = new AddBusinessDaysActivity();
            var before = host.Run(activity, Run(Utc(2026, 5, 19, 15), 3, Office(Choices.Region.Metropolitana)));
            host.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Censo Nacional",
                [Holiday.Date] = new DateTime(2026, 5, 20),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                [Holiday.LegalBasis] = "Ley 21.999",
            });

            var after = host.Run(activity, Run(Utc(2026, 5, 19, 15), 3, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 5, 26, 3, 59, 59), before[nameof(AddBusinessDaysActivity.Due)]);
            Assert.AreEqual(Utc(2026, 5, 27, 3, 59, 59), after[nameof(AddBusinessDaysActivity.Due)]);
            Assert.AreEqual("20-05-2026 Censo Nacional (Ley 21.999)\n21-05-2026 Día de las Glorias Navales (Ley 2.977)\n23-05-2026 Sábado\n24-05-2026 Domingo",
                after[nameof(AddBusinessDaysActivity.SkippedDays)]);
        }

        [TestMethod]
        public void D1_AnEventOnSaturdayHasMondayAsDayOne()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 23, 15), 1, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 5, 26, 3, 59, 59), outputs[nameof(AddBusinessDaysActivity.Due)]);
            Assert.AreEqual("24-05-2026 Domingo", outputs[nameof(AddBusinessDaysActivity.SkippedDays)]);
        }

        [TestMethod]
        public void D1_ZeroDaysIsTheEndOfTheStartsOwnLocalDay()
        {
            var host = new ActivityHost(Now);

            var outputs = host.Run(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), 0, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 5, 20, 3, 59, 59), outputs[nameof(AddBusinessDaysActivity.Due)]);
        }

        [TestMethod]
        public void AnEmptyStartDateIsRefusedInSpanishNamingTheInputBeforeAnyServiceCall()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new AddBusinessDaysActivity(), Run(default, 3, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Sumar días hábiles»: Falta «Fecha de inicio»; se espera una fecha y hora.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AMissingOfficeIsRefusedInSpanishNamingTheInput()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), 3, null));

            Assert.AreEqual("«Sumar días hábiles»: Falta «Oficina regional»; se espera una de las 16 regiones de la lista (Arica y Parinacota a Magallanes).", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AnOfficeValueThatIsNotARegionIsRefusedWithTheValue()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), 3, new OptionSetValue(42)));

            Assert.AreEqual("«Sumar días hábiles»: «Oficina regional» tiene el valor «42», que no es válido; se espera una de las 16 regiones de la lista (Arica y Parinacota a Magallanes).", message);
        }

        [TestMethod]
        public void ANegativeNumberOfDaysIsRefusedWithTheAcceptedRange()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new AddBusinessDaysActivity(), Run(Utc(2026, 5, 19, 15), -1, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Sumar días hábiles»: «Días hábiles» tiene el valor «-1», que no es válido; se espera un número entero de días hábiles de 0 a 1000.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void AStartBeforeTheCalendarsYearsIsRefusedWithTheAcceptedYears()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new AddBusinessDaysActivity(), Run(Utc(1999, 12, 31, 12), 3, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Sumar días hábiles»: «Fecha de inicio» tiene el valor «1999-12-31 12:00:00 UTC», que no es válido; se espera una fecha entre los años 2000 y 2101, los que cubre el calendario hábil chileno.", message);
        }

        [TestMethod]
        public void ADueDateBeyondTheCalendarIsRefusedInSpanishNotWithAnInternalError()
        {
            var host = new ActivityHost(Now);

            var message = host.RunExpectingError(new AddBusinessDaysActivity(), Run(Utc(2101, 12, 20, 12), 1000, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Sumar días hábiles»: «Días hábiles» tiene el valor «1000», que no es válido; se espera un plazo que termine a más tardar el 31-12-2101, el último día que cubre el calendario hábil chileno.", message);
        }
    }
}
