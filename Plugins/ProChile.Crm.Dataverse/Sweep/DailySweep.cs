using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Requests;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// The daily sweep (D6, S1-S14, D5, N3/S8, N4, F3): the states that change with time alone, which no plugin sees because
    /// nobody writes the row, and open requests computed with other one-off holidays than those stored now. One code path for both ways to run it: the workflow activity
    /// (SweepLapsedStatesActivity, for classic workflows) and the pch_BarrerPlazos Custom API (for a recurring
    /// cloud flow). Each part reads only the rows that can have changed at <c>nowUtc</c>, pages through them, and
    /// writes only values that differ, so a second run changes nothing.
    /// </summary>
    public static class DailySweep
    {
        /// <summary>The page size when none is given: Dataverse's own default for a query.</summary>
        public const int DefaultPageSize = 5000;

        // Immutable (zones only), shared by every run.
        private static readonly RegionDates RegionDates = new RegionDates();

        /// <summary>
        /// Runs the parts as <paramref name="service"/>'s user (SYSTEM from both callers) at <paramref name="nowUtc"/> and
        /// returns what changed. <paramref name="readCalendars"/> is called once (the D5 part's query needs the one-off
        /// holidays, and every other part shares that read); the
        /// re-projection of stale requests stops when <paramref name="budget"/> is spent and leaves the rest for the next run.
        /// </summary>
        public static SweepTally Run(IOrganizationService service, DateTime nowUtc, ITracingService tracing, Func<RequestCalendars> readCalendars, int pageSize, RunningTimeBudget budget)
        {
            var sweep = new SweepRun(service, nowUtc, tracing, readCalendars, pageSize, budget);
            // Notes first: upholding one can change its account's flag (the in-force step sees that write itself).
            LapsedDefenceSweep.Run(sweep);
            RequestStatusSweep.Run(sweep);
            // After the statuses: it reads the requests as they are now, and takes what is left of the time budget.
            StaleHolidaySetSweep.Run(sweep);
            NoteInForceSweep.Run(sweep, RegionDates);
            // F3: writes only on a quarter's last day and the catch-up days after it.
            QuarterReviewSweep.Run(sweep, RegionDates);
            tracing.Trace("barrido al {0:o}: {1}.", nowUtc, sweep.Tally);
            return sweep.Tally;
        }

        /// <summary>Whether a page size is accepted: 1 to <see cref="DefaultPageSize"/>.</summary>
        public static bool IsValidPageSize(int size) => size >= 1 && size <= DefaultPageSize;
    }
}
