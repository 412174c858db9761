extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Simulation.Running;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;
using Holiday = shipped::ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Simulation.Tests.Running
{
    /// <summary>Issue 11: the year is lived by people holding their roles, and a write their roles refuse is counted apart.</summary>
    [TestClass]
    public sealed class CohortRunTests
    {
        [TestMethod]
        public void ARegionalExecutiveWritingAHolidayIsCountedAsAPrivilegeRefusalAndNotAsAnUnexpectedOne()
        {
            var run = new CohortRun(SimulatedYear.Schema, 2025, 2025);
            run.Schedule(new WriteHoliday(new DateTime(2025, 3, 3, 12, 0, 0, DateTimeKind.Utc)));

            run.RunYear(2025, _ => { });

            Assert.AreEqual(1, run.Tallies.PrivilegeRefusals);
            Assert.AreEqual(0, run.Tallies.UnexpectedRefusals);
            StringAssert.Contains(run.Tallies.UnexpectedMessages[0], "prvCreate");
        }

        // Holidays are the portfolio administrator's job; a regional executive's role only reads them.
        private sealed class WriteHoliday : SimulationEvent
        {
            public WriteHoliday(DateTime atUtc) : base(atUtc)
            {
            }

            public override string Section => "feriado escrito por un ejecutivo";

            public override void Run(CohortRun run) => run.ExecutiveOf(Choices.Region.Maule).Create(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado regional",
                [Holiday.Date] = new DateTime(2025, 9, 20, 0, 0, 0, DateTimeKind.Utc),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            });
        }
    }
}
