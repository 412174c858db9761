using ProChile.Crm.Dataverse.Requests;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// D5: open requests computed with other one-off holidays in their term than those stored now: those the holiday
    /// step could not reach within its time budget (it traces how many it left), and those computed before the
    /// fingerprint existed. Reads every open request with a running deadline (paged), re-projects the stale ones
    /// earliest due first with the same projection (<see cref="OpenRequestReprojection"/>), within what is left of the
    /// run's time budget; the rest stay stale, are traced and counted, and the next run takes them.
    /// </summary>
    internal static class StaleHolidaySetSweep
    {
        public static void Run(SweepRun sweep)
        {
            var reprojection = new OpenRequestReprojection(sweep.Service, () => sweep.Calendars, () => sweep.Settings, sweep.NowUtc,
                sweep.Budget, sweep.Trace, sweep.PageSize);
            var outcome = reprojection.Run(OpenRequestReprojection.OpenRequests(), reprojection.IsStale);
            sweep.Tally.RequestsReprojected += outcome.Written;
            sweep.Tally.RequestsLeftForNextRun += outcome.LeftOver;
            sweep.Tally.Failed += outcome.Failed;
        }
    }
}
