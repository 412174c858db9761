extern alias shipped;

using System;
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

        // The local organization's ids share their first 8 hex digits, so the subject's "ref." does not tell requests
        // apart: a warning task is matched to its request by what it carries of it (company, owner, due instant).
        [TestMethod]
        public void EachRequestASweepFoundPastItsWarningAndBeforeItsDueHasExactlyOneWarningTaskForItsOwner()
        {
            var run = Year.Value;
            var warnings = WarningTasks(run);
            var requests = run.Organization.InspectAll(Request.EntityLogicalName).ToLookup(Key);
            int crossed = 0;
            foreach (var same in requests)
            {
                int due = same.Count(r => ASweepSawItAtRisk(r, run.RunEndUtc));
                crossed += due;
                int tasks = warnings[same.Key].Count();
                Assert.IsTrue(tasks >= due && tasks <= same.Count(), $"{same.Key}: {tasks} warning tasks for {due} requests crossed of {same.Count()}");
            }
            Assert.IsTrue(crossed > 10, "the seeded year has requests the sweep finds at risk");
            Assert.AreEqual(0, warnings.Count(w => !requests.Contains(w.Key)), "every warning task is for an owner's request");
        }

        [TestMethod]
        public void NoRequestHasTwoWarningTasks()
        {
            var run = Year.Value;
            var warnings = WarningTasks(run);
            var requests = run.Organization.InspectAll(Request.EntityLogicalName).ToLookup(Key);

            Assert.IsTrue(warnings.Count > 0);
            Assert.AreEqual(0, warnings.Count(w => w.Count() > requests[w.Key].Count()));
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

        private static ILookup<(Guid Company, Guid Owner, DateTime? Due), Entity> WarningTasks(CohortRun run) => run.Organization.InspectAll(TaskActivity.EntityLogicalName)
            .Where(t => t.GetAttributeValue<string>(TaskActivity.Subject) is string s && s.StartsWith("D6: solicitud en riesgo", StringComparison.Ordinal))
            .ToLookup(t => (t.GetAttributeValue<EntityReference>(TaskActivity.Regarding)?.Id ?? Guid.Empty, t.GetAttributeValue<EntityReference>(TaskActivity.Owner).Id, t.GetAttributeValue<DateTime?>(TaskActivity.ScheduledEnd)));

        private static (Guid Company, Guid Owner, DateTime? Due) Key(Entity request) =>
            (request.GetAttributeValue<EntityReference>(Request.AccountId)?.Id ?? Guid.Empty, request.GetAttributeValue<EntityReference>(Request.Owner).Id, request.GetAttributeValue<DateTime?>(Request.Due));
    }
}
