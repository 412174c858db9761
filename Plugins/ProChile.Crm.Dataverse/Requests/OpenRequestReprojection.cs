using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Dataverse.Requests
{
    /// <summary>
    /// D5: brings many open requests' computed columns up to date (<see cref="RequestProjection.ProjectStored"/>),
    /// within a time budget. Every page of the query is read (5,000 rows a page, ordered by id, with the paging
    /// cookie) before anything is written, because the writes move rows in and out of the query's result; the rows
    /// are then re-projected earliest due first, and each is written only when a column differs. When the budget is
    /// spent, the rest are left as they are and traced with their count: their stored holiday fingerprint still
    /// differs from the current one, so the daily sweep (<see cref="IsStale"/>) finds and finishes them. A row that
    /// cannot be projected (bad data) or written (a plugin refuses) is traced and counted, and the others go on.
    /// Created per execution; never stored on a plugin or activity.
    /// </summary>
    public sealed class OpenRequestReprojection
    {
        /// <summary>Dataverse's largest page.</summary>
        public const int MaxPageSize = 5000;

        private readonly IOrganizationService service;
        private readonly Func<RequestCalendars> readCalendars;
        private readonly Func<RuleSettings> readSettings;
        private RequestCalendars? calendars;
        private RuleSettings? settings;
        private readonly DateTime nowUtc;
        private readonly RunningTimeBudget budget;
        private readonly Action<string, object[]> trace;
        private readonly int pageSize;

        /// <summary>
        /// A re-projection through <paramref name="service"/> at <paramref name="nowUtc"/>, taking rows while
        /// <paramref name="budget"/> lasts, reading <paramref name="pageSize"/> rows a page, and telling
        /// <paramref name="trace"/> about each row it could not bring up to date and what it left. The calendars and
        /// the settings are read once, when a row first needs them (<paramref name="readCalendars"/>,
        /// <paramref name="readSettings"/>), so a run with nothing to do reads neither.
        /// </summary>
        public OpenRequestReprojection(IOrganizationService service, Func<RequestCalendars> readCalendars, Func<RuleSettings> readSettings, DateTime nowUtc,
            RunningTimeBudget budget, Action<string, object[]> trace, int pageSize = MaxPageSize)
        {
            this.service = service ?? throw new ArgumentNullException(nameof(service));
            this.readCalendars = readCalendars ?? throw new ArgumentNullException(nameof(readCalendars));
            this.readSettings = readSettings ?? throw new ArgumentNullException(nameof(readSettings));
            this.nowUtc = nowUtc;
            this.budget = budget ?? throw new ArgumentNullException(nameof(budget));
            this.trace = trace ?? throw new ArgumentNullException(nameof(trace));
            if (pageSize < 1 || pageSize > MaxPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaxPageSize} rows.");
            }
            this.pageSize = pageSize;
        }

        /// <summary>
        /// Open requests with a running deadline (active, unanswered, with rule, start and due) and the columns a
        /// projection reads and writes. Add conditions to narrow it.
        /// </summary>
        public static QueryExpression OpenRequests()
        {
            var query = new QueryExpression(Request.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(RequestProjection.InputColumns.Concat(RequestProjection.OutputColumns).ToArray()),
            };
            query.Criteria.AddCondition(Request.StateCode, ConditionOperator.Equal, 0);
            query.Criteria.AddCondition(Request.AnsweredOn, ConditionOperator.Null);
            query.Criteria.AddCondition(Request.Rule, ConditionOperator.NotNull);
            query.Criteria.AddCondition(Request.Start, ConditionOperator.NotNull);
            query.Criteria.AddCondition(Request.Due, ConditionOperator.NotNull);
            return query;
        }

        /// <summary>
        /// D5: the open requests that can be stale with <paramref name="oneOffHolidays"/> stored now, a superset of those
        /// <see cref="IsStale"/> picks: no fingerprint, a fingerprint of some holidays, or a window that holds one of the
        /// holidays. The others stored the fingerprint of no holiday and still have none in their window, so they are
        /// current and the daily sweep does not read them (most open requests, on most days).
        /// </summary>
        public static QueryExpression PossiblyStale(IEnumerable<Holiday> oneOffHolidays)
        {
            var query = OpenRequests();
            var possibly = query.Criteria.AddFilter(LogicalOperator.Or);
            possibly.AddCondition(Request.HolidaySet, ConditionOperator.Null);
            possibly.AddCondition(Request.HolidaySet, ConditionOperator.NotEqual, HolidaySetFingerprint.None);
            foreach (var date in oneOffHolidays.Select(h => h.Date).Distinct().OrderBy(d => d))
            {
                var window = possibly.AddFilter(LogicalOperator.And);
                window.AddCondition(Request.Start, ConditionOperator.LessThan, HolidaySetFingerprint.WindowStartsBefore(date));
                window.AddCondition(Request.Due, ConditionOperator.GreaterEqual, HolidaySetFingerprint.WindowDueFrom(date));
            }
            return query;
        }

        /// <summary>
        /// D5: the row was computed with other one-off holidays in its term's window than those stored now (or
        /// before fingerprints were stored), so its deadline may be stale.
        /// </summary>
        public bool IsStale(Entity row)
        {
            var start = ColumnValues.GetInstant(row, Request.Start);
            var due = ColumnValues.GetInstant(row, Request.Due);
            if (start is null || due is null)
            {
                return false;
            }
            return !string.Equals(ColumnValues.GetString(row, Request.HolidaySet), Calendars.HolidaySetOf(start.Value, due.Value), StringComparison.Ordinal);
        }

        /// <summary>Re-projects the rows of <paramref name="query"/> that <paramref name="select"/> picks, until done or the budget is spent.</summary>
        public ReprojectionOutcome Run(QueryExpression query, Func<Entity, bool> select)
        {
            var outcome = new ReprojectionOutcome();
            var rows = ReadAll(query, outcome);
            var chosen = rows.Where(select)
                .OrderBy(row => ColumnValues.GetInstant(row, Request.Due) ?? DateTime.MaxValue)
                .ThenBy(row => row.Id)
                .ToList();
            foreach (var row in chosen)
            {
                if (budget.IsSpent)
                {
                    break;
                }
                outcome.Reprojected++;
                try
                {
                    var changes = RequestProjection.ChangesFrom(row, RequestProjection.ProjectStored(row, Calendars, Settings, nowUtc));
                    if (changes is not null)
                    {
                        service.Update(changes);
                        outcome.Written++;
                    }
                }
                catch (Exception exception) when (!(exception is OutOfMemoryException))
                {
                    outcome.Failed++;
                    trace("{0} {1}: no se pudo reproyectar: {2}", new object[] { Request.EntityLogicalName, row.Id, exception.Message });
                }
            }
            outcome.LeftOver = chosen.Count - outcome.Reprojected;
            if (outcome.LeftOver > 0 || outcome.PagesUnread)
            {
                trace("límite de tiempo alcanzado: quedan {0} solicitud(es) abiertas sin reproyectar{1}; conservan su huella de feriados anterior y el barrido diario las reproyecta.",
                    new object[] { outcome.LeftOver, outcome.PagesUnread ? " y páginas de la consulta sin leer" : string.Empty });
            }
            return outcome;
        }

        private RequestCalendars Calendars => calendars ??= readCalendars();

        private RuleSettings Settings => settings ??= readSettings();

        private List<Entity> ReadAll(QueryExpression query, ReprojectionOutcome outcome)
        {
            query.Orders.Clear();
            query.AddOrder(Request.PrimaryId, OrderType.Ascending);
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 };
            var rows = new List<Entity>();
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                rows.AddRange(page.Entities);
                outcome.Read = rows.Count;
                if (!page.MoreRecords)
                {
                    return rows;
                }
                if (budget.IsSpent)
                {
                    outcome.PagesUnread = true;
                    return rows;
                }
                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }
    }

    /// <summary>What one re-projection did: rows read, re-projected, written, failed, and left for the daily sweep.</summary>
    public sealed class ReprojectionOutcome
    {
        public int Read { get; internal set; }

        public int Reprojected { get; internal set; }

        /// <summary>Rows whose computed columns differed and were written.</summary>
        public int Written { get; internal set; }

        /// <summary>Rows that could not be projected or written (each traced).</summary>
        public int Failed { get; internal set; }

        /// <summary>Rows selected but not reached before the budget was spent (traced; the daily sweep finds them).</summary>
        public int LeftOver { get; internal set; }

        /// <summary>The budget ran out before every page of the query was read (traced).</summary>
        public bool PagesUnread { get; internal set; }

        public bool Complete => LeftOver == 0 && !PagesUnread;

        public override string ToString() =>
            $"{Read} leída(s), {Reprojected} reproyectada(s), {Written} escrita(s), {Failed} con error, {LeftOver} pendiente(s)" + (PagesUnread ? ", páginas sin leer" : string.Empty);
    }
}
