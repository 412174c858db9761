using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Calendar;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Calendar
{
    /// <summary>
    /// D4 with a Date Only column (e.g. pch_visitdate): Dataverse hands the activity the date at 00:00:00 with no
    /// time zone, which read as a UTC instant is the evening before in Chile. Such a value is the date itself; any
    /// other value is an instant and counts by the office's local date.
    /// </summary>
    [TestClass]
    public sealed class DateOnlyInputTests
    {
        private static readonly DateTime Now = Utc(2026, 9, 1, 15);

        private static (bool IsBusinessDay, string Reason) Ask(DateTime date, Choices.Region region, ActivityHost? host = null)
        {
            var outputs = (host ?? new ActivityHost(Now)).Run(new IsBusinessDayActivity(), new Dictionary<string, object?>
            {
                [nameof(IsBusinessDayActivity.Date)] = date,
                [nameof(IsBusinessDayActivity.Office)] = Office(region),
            });
            return ((bool)outputs[nameof(IsBusinessDayActivity.IsBusinessDay)], (string)outputs[nameof(IsBusinessDayActivity.Reason)]);
        }

        private static string Traced(ActivityHost host) => string.Join("\n", host.Tracing.Lines);

        [TestMethod]
        public void D5_EighteenSeptemberPassedAsADateOnlyColumnIsFiestasPatriasNotTheSeventeenth()
        {
            Assert.AreEqual((false, "18-09-2026 Independencia Nacional (Ley 2.977; Ley 19.973)"), Ask(Utc(2026, 9, 18, 0), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D5_ADateOnlyValueOfUnspecifiedKindIsTheDateItselfToo()
        {
            Assert.AreEqual((false, "18-09-2026 Independencia Nacional (Ley 2.977; Ley 19.973)"), Ask(new DateTime(2026, 9, 18), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D4_TheTraceSaysTheMidnightValueWasReadAsADate()
        {
            var host = new ActivityHost(Now);

            Ask(Utc(2026, 9, 18, 0), Choices.Region.Metropolitana, host);

            StringAssert.Contains(Traced(host), "«Fecha»: 2026-09-18 leído como la fecha 2026-09-18 (medianoche sin hora: columna Solo fecha)");
        }

        [TestMethod]
        public void D4_TheTraceSaysAnInstantWasReadInTheOfficesZone()
        {
            var host = new ActivityHost(Now);

            Ask(Utc(2026, 9, 18, 2, 30), Choices.Region.Metropolitana, host);

            StringAssert.Contains(Traced(host), "«Fecha»: 2026-09-18 02:30:00 UTC leído como instante: fecha local 2026-09-17 en America/Santiago");
        }

        [TestMethod]
        public void D4_SummerInSantiago_2359OnNewYearsDayIsStillTheHoliday_MidnightIsTheNextDay()
        {
            // 1 January is at UTC-3 in Santiago.
            Assert.AreEqual((false, "01-01-2026 Año Nuevo (Ley 2.977; Ley 19.973)"), Ask(Utc(2026, 1, 2, 2, 59, 59), Choices.Region.Metropolitana));
            Assert.AreEqual((true, string.Empty), Ask(Utc(2026, 1, 2, 3), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D4_WinterInSantiago_2359OnGloriasNavalesIsStillTheHoliday_MidnightIsTheNextDay()
        {
            // 21 May is at UTC-4 in Santiago.
            Assert.AreEqual((false, "21-05-2026 Día de las Glorias Navales (Ley 2.977)"), Ask(Utc(2026, 5, 22, 3, 59, 59), Choices.Region.Metropolitana));
            Assert.AreEqual((true, string.Empty), Ask(Utc(2026, 5, 22, 4), Choices.Region.Metropolitana));
        }

        [TestMethod]
        public void D4_InWinterTheSameInstantIsTheHolidayInSantiagoButTheNextDayInMagallanesAndAysen()
        {
            // 03:30 UTC: 23:30 on 21 May in Santiago (UTC-4), 00:30 on 22 May in Punta Arenas and Coyhaique (UTC-3 all year).
            var instant = Utc(2026, 5, 22, 3, 30);

            Assert.AreEqual(false, Ask(instant, Choices.Region.Metropolitana).IsBusinessDay);
            Assert.AreEqual((true, string.Empty), Ask(instant, Choices.Region.Magallanes));
            Assert.AreEqual((true, string.Empty), Ask(instant, Choices.Region.Aysen));
        }

        [TestMethod]
        public void D4_ADateOnlyHolidayIsTheHolidayInMagallanesAndAysenToo()
        {
            Assert.AreEqual((false, "21-05-2026 Día de las Glorias Navales (Ley 2.977)"), Ask(Utc(2026, 5, 21, 0), Choices.Region.Magallanes));
            Assert.AreEqual((false, "21-05-2026 Día de las Glorias Navales (Ley 2.977)"), Ask(Utc(2026, 5, 21, 0), Choices.Region.Aysen));
        }

        [TestMethod]
        public void D1_OneBusinessDayFromADateOnlySeventeenSeptemberSkipsFiestasPatriasAndTheWeekend_DueMonday21()
        {
            var outputs = new ActivityHost(Now).Run(new AddBusinessDaysActivity(), new Dictionary<string, object?>
            {
                [nameof(AddBusinessDaysActivity.Start)] = Utc(2026, 9, 17, 0),
                [nameof(AddBusinessDaysActivity.BusinessDays)] = 1,
                [nameof(AddBusinessDaysActivity.Office)] = Office(Choices.Region.Metropolitana),
            });

            Assert.AreEqual(Utc(2026, 9, 22, 2, 59, 59), outputs[nameof(AddBusinessDaysActivity.Due)]); // 21-09 23:59:59 at UTC-3
            Assert.AreEqual("18-09-2026 Independencia Nacional (Ley 2.977; Ley 19.973)\n19-09-2026 Día de las Glorias del Ejército (Ley 2.977; Ley 20.629)\n20-09-2026 Domingo",
                outputs[nameof(AddBusinessDaysActivity.SkippedDays)]);
        }

        private static IDictionary<string, object?> Count(DateTime from, DateTime through) => new Dictionary<string, object?>
        {
            [nameof(CountBusinessDaysActivity.From)] = from,
            [nameof(CountBusinessDaysActivity.Through)] = through,
            [nameof(CountBusinessDaysActivity.Office)] = Office(Choices.Region.Metropolitana),
        };

        [TestMethod]
        public void D1_FromDateOnlyEighteenToDateOnlyTwentySecondSeptemberIsTwoBusinessDays()
        {
            var outputs = new ActivityHost(Now).Run(new CountBusinessDaysActivity(), Count(Utc(2026, 9, 18, 0), Utc(2026, 9, 22, 0)));

            Assert.AreEqual(2, outputs[nameof(CountBusinessDaysActivity.BusinessDays)]); // Monday 21 and Tuesday 22
        }

        [TestMethod]
        public void AnInstantEndingOnTheDayBeforeADateOnlyStartIsRefusedNamingBothAndTheLocalDate()
        {
            // 02:00 UTC on 20 May is 22:00 on 19 May in Santiago: later than the start's value, but an earlier day.
            var message = new ActivityHost(Now).RunExpectingError(new CountBusinessDaysActivity(), Count(Utc(2026, 5, 20, 0), Utc(2026, 5, 20, 2)));

            Assert.AreEqual("«Contar días hábiles entre dos fechas»: «Fecha de término» tiene el valor «2026-05-20 02:00:00 UTC», que no es válido; "
                + "se espera una fecha igual o posterior a «Fecha de inicio» (2026-05-20); en America/Santiago ese instante cae el 2026-05-19.", message);
        }
    }
}
