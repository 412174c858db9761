using ProChile.Crm.Dataverse.Requests;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// D5: open requests computed with other one-off holidays in their term than those stored now: those the holiday
    /// step could not reach within its time budget (it traces how many it left), and those computed before the
    /// fingerprint existed. Reads the open requests with a running deadline that can be stale (paged; those that stored
    /// the fingerprint of no holiday and have none in their window now cannot be), re-projects the stale ones
    /// earliest due first with the same projection (<see cref="OpenRequestReprojection"/>), within what is left of the
    /// run's time budget; the rest stay stale, are traced and counted, and the next run takes them.
    /// </summary>
    internal static class StaleHolidaySetSweep
    {
        public static void Run(SweepRun sweep)
        {
            var reprojection = new OpenRequestReprojection(sweep.Service, () => sweep.Calendars, () => sweep.Settings, sweep.NowUtc,
                sweep.Budget, sweep.Trace, sweep.PageSize);
            var outcome = reprojection.Run(OpenRequestReprojection.PossiblyStale(sweep.Calendars.OneOffHolidays), reprojection.IsStale);
            sweep.Tally.RequestsReprojected += outcome.Written;
            sweep.Tally.RequestsLeftForNextRun += outcome.LeftOver;
            sweep.Tally.Failed += outcome.Failed;
        }
    }
}
