extern alias shipped;

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Portfolio;
using ProChile.Crm.Simulation.Running;
using ProChile.Crm.Simulation.Running.Events;
using Request = shipped::ProChile.Crm.Dataverse.Schema.Request;
using TaskActivity = shipped::ProChile.Crm.Dataverse.Schema.TaskActivity;

namespace ProChile.Crm.Simulation.Tests.Running.Events
{
    /// <summary>Issue 13 (D6): the daily sweep alerts the owner of each request that crossed its warning instant unanswered, once.</summary>
    [TestClass]
    public sealed class SweepDeadlinesTests
    {
        private static readonly Lazy<CohortRun> Year = new(() =>
        {
            var portfolio = PortfolioGenerator.Generate(new SimulationOptions(SimulatedYear.Companies, SimulatedYear.Year, SimulatedYear.Seed, SimulatedYear.Companies));
            var run = new CohortRun(SimulatedYear.Schema, portfolio.Year, portfolio.EndYear);
            SimulationRunner.Schedule(run, portfolio, portfolio.Companies, cohort: 0, cohortCount: 1, portfolio.Year);
            run.RunYear(portfolio.Year, _ => { });
            return run;
        });

        // Each warning task names its request by "ref." and the first 8 hex digits of its id (AlertActivities.Reference),
        // unique per record here as in Dataverse: one task per request the sweep found at risk, none for a request answered
        // before its warning instant, never two.
        [TestMethod]
        public void EachRequestASweepFoundPastItsWarningAndBeforeItsDueHasExactlyOneWarningTaskForItsOwner()
        {
            var run = Year.Value;
            var warnings = WarningTasks(run);
            var requests = run.Organization.InspectAll(Request.EntityLogicalName);
            int crossed = 0, early = 0;
            foreach (var request in requests)
            {
                var mine = warnings[Reference(request.Id)].ToList();
                Assert.IsTrue(mine.Count <= 1, $"{Reference(request.Id)}: {mine.Count} warning tasks");
                foreach (var task in mine)
                {
                    Assert.AreEqual(request.GetAttributeValue<EntityReference>(Request.Owner).Id, task.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id, "the task is the request owner's");
                    Assert.AreEqual(request.GetAttributeValue<DateTime?>(Request.Due), task.GetAttributeValue<DateTime?>(TaskActivity.ScheduledEnd), "the task is due at the deadline");
                }
                if (ASweepSawItAtRisk(request, run.RunEndUtc))
                {
                    crossed++;
                    Assert.AreEqual(1, mine.Count, $"{Reference(request.Id)} crossed its warning instant unanswered");
                }
                else if (AnsweredBeforeItsWarning(request))
                {
                    early++;
                    Assert.AreEqual(0, mine.Count, $"{Reference(request.Id)} was answered before its warning instant");
                }
            }
            Assert.IsTrue(crossed > 10, "the seeded year has requests the sweep finds at risk");
            Assert.IsTrue(early > 10, "the seeded year has requests answered in good time");
            var references = new HashSet<string>(requests.Select(r => Reference(r.Id)));
            Assert.AreEqual(0, warnings.Count(w => !references.Contains(w.Key)), "every warning task is for a request");
        }

        [TestMethod]
        public void NoRequestHasTwoWarningTasks()
        {
            var warnings = WarningTasks(Year.Value);

            Assert.IsTrue(warnings.Count > 0);
            Assert.AreEqual(0, warnings.Count(w => w.Count() > 1));
        }

        [TestMethod]
        public void TheYearHasNoPrivilegeRefusals()
        {
            Assert.AreEqual(0, Year.Value.Tallies.PrivilegeRefusals);
            Assert.AreEqual(0, Year.Value.Tallies.UnexpectedRefusals);
        }

        [TestMethod]
        public void TheFirstSweepIsAtEightInSantiagoOnTheFirstDay()
        {
            // 2025-01-01 is summer time in mainland Chile (UTC-3).
            Assert.AreEqual(new DateTime(2025, 1, 1, 11, 0, 0, DateTimeKind.Utc), SweepDeadlines.NextAt(CohortRun.YearStartUtc(2025)));
            // Winter time (UTC-4) in July.
            Assert.AreEqual(new DateTime(2025, 7, 2, 12, 0, 0, DateTimeKind.Utc), SweepDeadlines.NextAt(new DateTime(2025, 7, 1, 12, 0, 1, DateTimeKind.Utc)));
        }

        // The sweep marks at risk when the warning instant has come and the due instant has not passed (RequestStatusSweep),
        // on a day's sweep before the answer (or the run's end).
        private static bool ASweepSawItAtRisk(Entity request, DateTime runEndUtc)
        {
            if (request.GetAttributeValue<DateTime?>(Request.WarningAt) is not DateTime warning || request.GetAttributeValue<DateTime?>(Request.Due) is not DateTime due)
            {
                return false;
            }
            var until = request.GetAttributeValue<DateTime?>(Request.AnsweredOn) ?? runEndUtc;
            var sweep = SweepDeadlines.NextAt(warning);
            return sweep < until && sweep < due;
        }

        private static bool AnsweredBeforeItsWarning(Entity request) =>
            request.GetAttributeValue<DateTime?>(Request.AnsweredOn) is DateTime answered
            && request.GetAttributeValue<DateTime?>(Request.WarningAt) is DateTime warning
            && answered < warning;

        // The warning tasks by the request reference their subject ends with (" · ref. 1a2b3c4d riesgo").
        private static ILookup<string, Entity> WarningTasks(CohortRun run) => run.Organization.InspectAll(TaskActivity.EntityLogicalName)
            .Where(t => t.GetAttributeValue<string>(TaskActivity.Subject) is string s && s.StartsWith("D6: solicitud en riesgo", StringComparison.Ordinal))
            .ToLookup(t => ReferenceIn(t.GetAttributeValue<string>(TaskActivity.Subject)));

        private static string ReferenceIn(string subject)
        {
            int at = subject.LastIndexOf("ref. ", StringComparison.Ordinal);
            return at < 0 ? string.Empty : subject.Substring(at, "ref. ".Length + 8);
        }

        private static string Reference(Guid id) => "ref. " + id.ToString("N").Substring(0, 8);
    }
}
