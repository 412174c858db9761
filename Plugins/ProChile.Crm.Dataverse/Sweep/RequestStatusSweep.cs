using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Dataverse.Sweep
{
    /// <summary>
    /// D6 and S1..S14: an open request's status moves from on time to at risk at its warning instant, and to
    /// overdue one second after its due instant, with nobody writing the row. Reads only open, unanswered
    /// requests whose warning or due instant has passed and whose status is not already the one it leads to;
    /// re-projects each with the request step's own projection (<see cref="RequestProjection"/>, the rules'
    /// Deadline.StatusAt at the run's instant) and writes only the columns that differ. Those computed columns are
    /// not in the request step's filter, so the write sets off no plugin.
    /// </summary>
    internal static class RequestStatusSweep
    {
        private static readonly int AtRisk = (int)Choices.DeadlineStatus.AtRisk;
        private static readonly int Overdue = (int)Choices.DeadlineStatus.Overdue;

        public static void Run(SweepRun sweep)
        {
            foreach (var row in sweep.ReadAll(LapsedRequests(sweep.NowUtc), Request.PrimaryId))
            {
                int? status = null;
                if (sweep.TryUpdate(row, () => (status = Reproject(sweep, row)) != null))
                {
                    sweep.Tally.RequestsAtRisk += status == AtRisk ? 1 : 0;
                    sweep.Tally.RequestsOverdue += status == Overdue ? 1 : 0;
                }
            }
        }

        // The status written, or null when nothing differed.
        private static int? Reproject(SweepRun sweep, Entity row)
        {
            var projected = RequestProjection.ProjectStored(row, sweep.Calendars, sweep.Settings, sweep.NowUtc);
            var changes = RequestProjection.ChangesFrom(row, projected);
            if (changes is null)
            {
                return null;
            }
            sweep.Service.Update(changes);
            return ColumnValues.GetChoice(projected, Request.DeadlineStatus);
        }

        // (warning passed and not yet at risk or overdue) or (due's last second over and not yet overdue).
        // A null status counts as "not yet": NotEqual and NotIn are false on null, as in SQL.
        private static QueryExpression LapsedRequests(DateTime nowUtc)
        {
            var query = new QueryExpression(Request.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(RequestProjection.InputColumns.Concat(RequestProjection.OutputColumns).ToArray()),
            };
            query.Criteria.AddCondition(Request.StateCode, ConditionOperator.Equal, 0);
            query.Criteria.AddCondition(Request.AnsweredOn, ConditionOperator.Null);
            query.Criteria.AddCondition(Request.Rule, ConditionOperator.NotNull);
            query.Criteria.AddCondition(Request.Start, ConditionOperator.NotNull);
            var lapsed = query.Criteria.AddFilter(LogicalOperator.Or);
            var warned = lapsed.AddFilter(LogicalOperator.And);
            warned.AddCondition(Request.WarningAt, ConditionOperator.LessEqual, nowUtc);
            warned.AddFilter(StatusNotIn(AtRisk, Overdue));
            var due = lapsed.AddFilter(LogicalOperator.And);
            due.AddCondition(Request.Due, ConditionOperator.LessEqual, nowUtc.AddSeconds(-1));
            due.AddFilter(StatusNotIn(Overdue));
            return query;
        }

        private static FilterExpression StatusNotIn(params int[] statuses)
        {
            var filter = new FilterExpression(LogicalOperator.Or);
            filter.AddCondition(Request.DeadlineStatus, ConditionOperator.Null);
            filter.AddCondition(Request.DeadlineStatus, ConditionOperator.NotIn, statuses.Cast<object>().ToArray());
            return filter;
        }
    }
}
