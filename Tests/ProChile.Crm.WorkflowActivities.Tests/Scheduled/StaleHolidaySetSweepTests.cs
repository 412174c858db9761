using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.WorkflowActivities.Scheduled;
using static ProChile.Crm.WorkflowActivities.Tests.Inputs;

namespace ProChile.Crm.WorkflowActivities.Tests.Scheduled
{
    /// <summary>
    /// D5 (issue 10, defect 6): the daily sweep finds open requests computed with other one-off holidays than those
    /// stored now (what the holiday step left when its budget ran out) and re-projects them, page by page.
    /// </summary>
    [TestClass]
    public sealed class StaleHolidaySetSweepTests
    {
        // S1 from Tuesday 19 May 2026, 11:00 in Santiago (UTC-4): due Monday 25 May 23:59:59 local without a one-off
        // holiday; with one on Wednesday 20 May (and Glorias Navales on Thursday 21), due Tuesday 26 May 23:59:59 local.
        private static readonly DateTime TuesdayAfternoon = Utc(2026, 5, 19, 15);
        private static readonly DateTime DueWithoutHoliday = Utc(2026, 5, 26, 3, 59, 59);
        private static readonly DateTime DueWithHoliday = Utc(2026, 5, 27, 3, 59, 59);

        private static Guid CreateS1Request(ActivityHost host) => host.Organization.Service.Create(new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Contacto tras ficha de caracterización",
            [Request.Rule] = Rule(Choices.DeadlineRule.S1),
            [Request.Office] = Office(Choices.Region.Metropolitana),
            [Request.Start] = TuesdayAfternoon,
        });

        // Stored without the pipeline: the holiday step never ran (as when its budget ran out before these rows).
        private static void SeedWednesdayHoliday(ActivityHost host) => host.Seed(new Entity(Holiday.EntityLogicalName)
        {
            [Holiday.Name] = "Feriado de prueba",
            [Holiday.Date] = new DateTime(2026, 5, 20),
            [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
        });

        private static IDictionary<string, object> SweepAt(ActivityHost host, DateTime instant, int? pageSize = null)
        {
            ((ManualClock)host.Organization.Clock).Set(instant);
            host.Context.OperationCreatedOn = instant;
            var inputs = new Dictionary<string, object?>();
            if (pageSize is int size)
            {
                inputs[nameof(SweepLapsedStatesActivity.PageSize)] = size;
            }
            return host.Run(new SweepLapsedStatesActivity(), inputs);
        }

        private static DateTime DueOf(ActivityHost host, Guid request) =>
            host.Organization.Inspect(Request.EntityLogicalName, request)!.GetAttributeValue<DateTime>(Request.Due);

        [TestMethod]
        public void D5_OpenRequestsComputedBeforeAHolidayWasStoredAreReprojectedOnEveryPage()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            var requests = Enumerable.Range(0, 7).Select(_ => CreateS1Request(host)).ToArray();
            Assert.AreEqual(DueWithoutHoliday, DueOf(host, requests[0]));
            SeedWednesdayHoliday(host);

            var outputs = SweepAt(host, TuesdayAfternoon.AddHours(1), pageSize: 3);

            Assert.AreEqual(7, (int)outputs[nameof(SweepLapsedStatesActivity.RequestsReprojected)]);
            Assert.AreEqual(0, (int)outputs[nameof(SweepLapsedStatesActivity.RequestsLeftForNextRun)]);
            Assert.AreEqual(7, requests.Count(r => DueOf(host, r) == DueWithHoliday));
        }

        [TestMethod]
        public void D5_ASecondRunFindsNothingStale()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            CreateS1Request(host);
            SeedWednesdayHoliday(host);
            SweepAt(host, TuesdayAfternoon.AddHours(1));

            var outputs = SweepAt(host, TuesdayAfternoon.AddHours(2));

            Assert.AreEqual(0, (int)outputs[nameof(SweepLapsedStatesActivity.RequestsReprojected)]);
        }

        [TestMethod]
        public void D5_ARequestStoredBeforeFingerprintsExistedGetsOneWithoutItsDeadlineMoving()
        {
            var host = new ActivityHost(TuesdayAfternoon);
            var request = CreateS1Request(host);
            var stored = host.Organization.Inspect(Request.EntityLogicalName, request)!;
            var legacy = new Entity(Request.EntityLogicalName);
            foreach (var column in new[] { Request.Name, Request.Rule, Request.Office, Request.Start, Request.Term, Request.Due, Request.WarningAt, Request.DeadlineStatus, Request.SkippedDays })
            {
                if (stored.Contains(column))
                {
                    legacy[column] = stored[column];
                }
            }
            var old = host.Seed(legacy);

            var outputs = SweepAt(host, TuesdayAfternoon.AddHours(1));

            Assert.AreEqual(1, (int)outputs[nameof(SweepLapsedStatesActivity.RequestsReprojected)]);
            var after = host.Organization.Inspect(Request.EntityLogicalName, old)!;
            Assert.AreEqual(stored.GetAttributeValue<string>(Request.HolidaySet), after.GetAttributeValue<string>(Request.HolidaySet));
            Assert.AreEqual(DueWithoutHoliday, after.GetAttributeValue<DateTime>(Request.Due));
        }
    }
}
