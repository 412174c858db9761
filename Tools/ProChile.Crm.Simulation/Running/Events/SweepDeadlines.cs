extern alias shipped;

using System;
using Microsoft.Xrm.Sdk;
using CustomApiNames = shipped::ProChile.Crm.Dataverse.Schema.CustomApiNames;

namespace ProChile.Crm.Simulation.Running.Events
{
    /// <summary>
    /// D6, N3/S8, N4, F3: the daily sweep, as a recurring cloud flow runs it. Each day at 08:00 Santiago time the
    /// portfolio administrator calls pch_BarrerPlazos by name; requests that crossed their warning or due instant
    /// unwritten turn at risk or overdue, and the alert step (asynchronous, run after the call) tasks their owners.
    /// Then it schedules the next day's sweep (the run drops it past its end).
    /// </summary>
    internal sealed class SweepDeadlines : SimulationEvent
    {
        private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        private SweepDeadlines(DateTime atUtc) : base(atUtc)
        {
        }

        public override string Section => "D6 barrido diario de plazos";

        /// <summary>The first sweep at or after <paramref name="fromUtc"/>.</summary>
        public static SweepDeadlines From(DateTime fromUtc) => new SweepDeadlines(NextAt(fromUtc));

        /// <summary>The first 08:00 in Santiago at or after <paramref name="fromUtc"/>.</summary>
        public static DateTime NextAt(DateTime fromUtc)
        {
            var localDay = TimeZoneInfo.ConvertTimeFromUtc(fromUtc, Santiago).Date;
            for (var day = localDay; ; day = day.AddDays(1))
            {
                var at = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.AddHours(8), DateTimeKind.Unspecified), Santiago);
                if (at >= fromUtc)
                {
                    return at;
                }
            }
        }

        public override void Run(CohortRun run)
        {
            try
            {
                run.AdministratorService.Execute(new OrganizationRequest(CustomApiNames.BarrerPlazos));
            }
            finally
            {
                run.Schedule(new SweepDeadlines(NextAt(AtUtc.AddHours(1))));
            }
        }
    }
}
