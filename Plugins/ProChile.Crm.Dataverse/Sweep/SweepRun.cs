using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// One execution of the daily sweep: the run's "now", the page size, the settings and the offices' calendars
    /// (each read once, and only when a row needs them), and the rows that could not be brought up to date.
    /// Created per execution, never stored on the activity.
    /// </summary>
    internal sealed class SweepRun
    {
        private readonly ITracingService tracing;
        private readonly Func<RequestCalendars> readCalendars;
        private RuleSettings? settings;
        private RequestCalendars? calendars;

        public SweepRun(IOrganizationService service, DateTime nowUtc, ITracingService tracing, Func<RequestCalendars> readCalendars, int pageSize, RunningTimeBudget budget)
        {
            Service = service;
            NowUtc = nowUtc;
            this.tracing = tracing;
            this.readCalendars = readCalendars;
            PageSize = pageSize;
            Budget = budget;
        }

        /// <summary>How much more long work (re-projecting requests with stale holidays) this run may take on.</summary>
        public RunningTimeBudget Budget { get; }

        public DateTime NowUtc { get; }

        public int PageSize { get; }

        /// <summary>
        /// The service the sweep reads and writes with: SYSTEM from both callers, because the sweep is bookkeeping over
        /// every office's rows, which no one user may write by hand.
        /// </summary>
        public IOrganizationService Service { get; }

        /// <summary>What this sweep changed so far.</summary>
        public SweepTally Tally { get; } = new SweepTally();

        public RuleSettings Settings => settings ??= SettingsReader.Read(Service, tracing);

        /// <summary>D4/D5: the offices' calendars with the admins' one-off holidays (one query, read once).</summary>
        public RequestCalendars Calendars => calendars ??= readCalendars();

        /// <summary>D4/D5: the offices' calendars with the admins' one-off holidays.</summary>
        public OfficeCalendars Offices => Calendars.Offices;

        public void Trace(string format, params object[] args) => tracing.Trace(format, args);

        /// <summary>
        /// Every row of <paramref name="query"/>, page by page (PagingInfo and the paging cookie, ordered by the
        /// primary id). All pages are read before anything is written: the rows the sweep writes leave the query's
        /// result, and paging while writing would skip the rows that move up into the pages already read.
        /// </summary>
        public IReadOnlyList<Entity> ReadAll(QueryExpression query, string primaryId)
        {
            query.Orders.Clear();
            query.AddOrder(primaryId, OrderType.Ascending);
            query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
            var rows = new List<Entity>();
            while (true)
            {
                var page = Service.RetrieveMultiple(query);
                rows.AddRange(page.Entities);
                if (!page.MoreRecords)
                {
                    return rows;
                }
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        /// <summary>
        /// Brings one row up to date; a row that fails (bad data, a plugin refusing the write) is traced and
        /// counted, and the sweep goes on, so one bad row does not keep every other from changing day after day.
        /// </summary>
        public bool TryUpdate(Entity row, Func<bool> update)
        {
            try
            {
                return update();
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException))
            {
                Tally.Failed++;
                tracing.Trace("{0} {1}: no se pudo actualizar: {2}", row.LogicalName, row.Id, exception.Message);
                return false;
            }
        }
    }
}
