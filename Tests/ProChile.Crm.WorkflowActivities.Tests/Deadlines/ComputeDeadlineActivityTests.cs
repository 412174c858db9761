using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Deadlines;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Deadlines
{
    [TestClass]
    public sealed class ComputeDeadlineActivityTests
    {
        private static readonly DateTime TuesdayAfternoon = Utc(2026, 5, 19, 15); // 11:00 in Santiago (UTC-4)

        private static Dictionary<string, object?> Run(OptionSetValue? rule, DateTime start, OptionSetValue? office, string? commercialZone = null) => new Dictionary<string, object?>
        {
            [nameof(ComputeDeadlineActivity.Rule)] = rule,
            [nameof(ComputeDeadlineActivity.Start)] = start,
            [nameof(ComputeDeadlineActivity.Office)] = office,
            [nameof(ComputeDeadlineActivity.CommercialOfficeTimeZone)] = commercialZone,
        };

        private static IDictionary<string, object> S1FromTuesday(ActivityHost host) =>
            host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S1), TuesdayAfternoon, Office(Choices.Region.Metropolitana)));

        private static int StatusOf(IDictionary<string, object> outputs) => ((OptionSetValue)outputs[nameof(ComputeDeadlineActivity.Status)]).Value;

        [TestMethod]
        public void S1_ThreeBusinessDaysFromTuesday_DueMondayEndOfDay_AtRiskFromMondaysStart_OnTimeNow()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var outputs = S1FromTuesday(host);

            Assert.AreEqual(Utc(2026, 5, 26, 3, 59, 59), outputs[nameof(ComputeDeadlineActivity.Due)]);
            Assert.AreEqual(Utc(2026, 5, 25, 4), outputs[nameof(ComputeDeadlineActivity.WarningAt)]); // D6: less than 1 business day left
            Assert.AreEqual("3 días hábiles (S1)", outputs[nameof(ComputeDeadlineActivity.Term)]);
            Assert.AreEqual("21-05-2026 Día de las Glorias Navales (Ley 2.977)\n23-05-2026 Sábado\n24-05-2026 Domingo", outputs[nameof(ComputeDeadlineActivity.SkippedDays)]);
            Assert.AreEqual((int)Choices.DeadlineStatus.OnTime, StatusOf(outputs));
        }

        [TestMethod]
        public void S1_ServiceCallBudgetIsTheSettingsAndTheOneOffHolidays()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            S1FromTuesday(host);

            Assert.AreEqual("RetrieveMultiple pch_setting, RetrieveMultiple pch_holiday", host.CallSummary);
        }

        [TestMethod]
        public void D6_OnMondayMorningTheDeadlineIsAtRiskAndOnWednesdayItIsOverdue()
        {
            Assert.AreEqual((int)Choices.DeadlineStatus.AtRisk, StatusOf(S1FromTuesday(new ActivityHost(Utc(2026, 5, 25, 12)))));
            Assert.AreEqual((int)Choices.DeadlineStatus.Overdue, StatusOf(S1FromTuesday(new ActivityHost(Utc(2026, 5, 26, 4)))));
        }

        [TestMethod]
        public void D6_AnAdminOverrideOfTwoBusinessDaysAtRiskMovesTheWarningToFridaysStart()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            host.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "D6.BusinessDaysAtRisk", [Setting.Value] = "2" });

            var outputs = S1FromTuesday(host);

            Assert.AreEqual(Utc(2026, 5, 22, 4), outputs[nameof(ComputeDeadlineActivity.WarningAt)]);
        }

        [TestMethod]
        public void S9_UrgentDemandForACommercialOfficeAbroadIsFortyEightElapsedHoursAtRiskInTheLastQuarter()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var outputs = host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S9), TuesdayAfternoon, null, "Europe/Madrid"));

            Assert.AreEqual(Utc(2026, 5, 21, 15), outputs[nameof(ComputeDeadlineActivity.Due)]);
            Assert.AreEqual(Utc(2026, 5, 21, 3), outputs[nameof(ComputeDeadlineActivity.WarningAt)]);
            Assert.AreEqual("48 horas (S9)", outputs[nameof(ComputeDeadlineActivity.Term)]);
            Assert.AreEqual(string.Empty, outputs[nameof(ComputeDeadlineActivity.SkippedDays)]);
        }

        [TestMethod]
        public void S2_FifteenCalendarDaysCountWeekendsAndHolidays()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var outputs = host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S2), TuesdayAfternoon, Office(Choices.Region.Valparaiso)));

            Assert.AreEqual(Utc(2026, 6, 4, 3, 59, 59), outputs[nameof(ComputeDeadlineActivity.Due)]); // 03-06 23:59:59 at UTC-4
            Assert.AreEqual("15 días corridos (S2)", outputs[nameof(ComputeDeadlineActivity.Term)]);
        }

        [TestMethod]
        public void AMissingRuleIsRefusedInSpanishNamingTheInput()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var message = host.RunExpectingError(new ComputeDeadlineActivity(), Run(null, TuesdayAfternoon, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Calcular plazo del protocolo»: Falta «Plazo»; se espera una de las reglas de plazo S1 a S14.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        [TestMethod]
        public void ARuleValueOutsideS1ToS14IsRefusedWithTheValue()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var message = host.RunExpectingError(new ComputeDeadlineActivity(), Run(new OptionSetValue(168700015), TuesdayAfternoon, Office(Choices.Region.Metropolitana)));

            Assert.AreEqual("«Calcular plazo del protocolo»: «Plazo» tiene el valor «168700015», que no es válido; se espera una de las reglas de plazo S1 a S14.", message);
        }

        [TestMethod]
        public void NeitherOfficeNorCommercialZoneIsRefusedNamingBothWaysToAnswer()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var message = host.RunExpectingError(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S7), TuesdayAfternoon, null));

            Assert.AreEqual("«Calcular plazo del protocolo»: Falta «Oficina regional»; se espera una de las 16 regiones de la lista (Arica y Parinacota a Magallanes); o bien, si el plazo lo debe una oficina comercial en el exterior, «Zona horaria de la oficina comercial».", message);
        }

        [TestMethod]
        public void AnUnknownCommercialZoneIsRefusedBeforeAnyServiceCall()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var message = host.RunExpectingError(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S9), TuesdayAfternoon, null, "Marte/Olympus"));

            Assert.AreEqual("«Calcular plazo del protocolo»: «Zona horaria de la oficina comercial» tiene el valor «Marte/Olympus», que no es válido; se espera un id de zona horaria IANA (p. ej. Europe/Madrid) o de Windows (p. ej. Romance Standard Time) conocido por el servidor.", message);
            Assert.AreEqual(0, host.Calls.Count);
        }

        // Issue 10, defect 8: an unusable stored row costs its own setting (default applies, traced), not the activity.
        [TestMethod]
        public void AnUnusableSettingRowIsSkippedWithATraceNamingTheSettingAndWhatItAccepts_TheDefaultApplies()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            host.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "D6.BusinessDaysAtRisk", [Setting.Value] = "muchos" });

            var outputs = host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S1), TuesdayAfternoon, Office(Choices.Region.Metropolitana)));

            var withDefaults = new ActivityHost(TuesdayAfternoon).Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S1), TuesdayAfternoon, Office(Choices.Region.Metropolitana)));
            Assert.AreEqual(withDefaults[nameof(ComputeDeadlineActivity.WarningAt)], outputs[nameof(ComputeDeadlineActivity.WarningAt)]);
            CollectionAssert.Contains(host.Tracing.Lines,
                "Fila de pch_setting omitida, se usa el valor por defecto: El ajuste D6.BusinessDaysAtRisk (D6) tiene el valor «muchos», que no es válido: se acepta un número entero de días hábiles de 0 a 30. Valor por defecto: «1».");
        }

        [TestMethod]
        public void S1_TheActivityGivesTheDueWarningAndStatusTheRequestPluginStoresForTheSameRequest()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            var requestId = host.Organization.Service.Create(new Entity(Request.EntityLogicalName)
            {
                [Request.Name] = "Contacto tras formulario de caracterización",
                [Request.Rule] = Rule(Choices.DeadlineRule.S1),
                [Request.Office] = Office(Choices.Region.Metropolitana),
                [Request.Start] = TuesdayAfternoon,
            });
            var stored = host.Organization.Inspect(Request.EntityLogicalName, requestId)!;

            var outputs = S1FromTuesday(host);

            Assert.AreEqual(stored.GetAttributeValue<DateTime>(Request.Due), outputs[nameof(ComputeDeadlineActivity.Due)]);
            Assert.AreEqual(stored.GetAttributeValue<DateTime>(Request.WarningAt), outputs[nameof(ComputeDeadlineActivity.WarningAt)]);
            // The term and skipped-days texts are one function each (Deadline.SpanishTerm, NonBusinessDay.SpanishLines), tested in the rules.
            Assert.AreEqual(stored.GetAttributeValue<OptionSetValue>(Request.DeadlineStatus).Value, StatusOf(outputs));
        }
            [TestMethod]
        public void S1_FromADateOnlySeventeenSeptemberCountsFromThatDate_SkippingFiestasPatrias_DueWednesday23()
        {
            var host = new ActivityHost(Utc(2026, 9, 17, 15));

            var outputs = host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S1), Utc(2026, 9, 17, 0), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 9, 24, 2, 59, 59), outputs[nameof(ComputeDeadlineActivity.Due)]); // 23-09 23:59:59 at UTC-3
            Assert.AreEqual(Utc(2026, 9, 23, 3), outputs[nameof(ComputeDeadlineActivity.WarningAt)]);
            Assert.AreEqual("18-09-2026 Independencia Nacional (Ley 2.977; Ley 19.973)\n19-09-2026 Día de las Glorias del Ejército (Ley 2.977; Ley 20.629)\n20-09-2026 Domingo",
                outputs[nameof(ComputeDeadlineActivity.SkippedDays)]);
            StringAssert.Contains(string.Join("\n", host.Tracing.Lines), "«Inicio»: 2026-09-17 leído como la fecha 2026-09-17 (medianoche sin hora: columna Solo fecha)");
        }

        [TestMethod]
        public void S9_FortyEightHoursFromADateOnlyStartAbroadCountFromLocalMidnightInThatZone()
        {
            var host = new ActivityHost(TuesdayAfternoon);

            var outputs = host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S9), Utc(2026, 5, 19, 0), null, "Europe/Madrid"));

            // 19-05 00:00 in Madrid (UTC+2) is 18-05 22:00 UTC.
            Assert.AreEqual(Utc(2026, 5, 20, 22), outputs[nameof(ComputeDeadlineActivity.Due)]);
            Assert.AreEqual(Utc(2026, 5, 20, 10), outputs[nameof(ComputeDeadlineActivity.WarningAt)]);
        }

        [TestMethod]
        public void S1_AnInstantJustBeforeMidnightInSantiagoCountsFromThatLocalDay()
        {
            var host = new ActivityHost(Utc(2026, 9, 17, 15));

            // 02:59:59 UTC on 18-09 is 23:59:59 on 17-09 at UTC-3: same deadline as the date-only 17 September.
            var outputs = host.Run(new ComputeDeadlineActivity(), Run(Rule(Choices.DeadlineRule.S1), Utc(2026, 9, 18, 2, 59, 59), Office(Choices.Region.Metropolitana)));

            Assert.AreEqual(Utc(2026, 9, 24, 2, 59, 59), outputs[nameof(ComputeDeadlineActivity.Due)]);
        }
    }
}
