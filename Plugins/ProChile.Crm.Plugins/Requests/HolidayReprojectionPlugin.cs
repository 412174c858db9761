using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Calendar;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// D5: when an admin adds, moves or removes a one-off holiday, re-projects the open requests whose term spans
    /// its date (old and new), so the holiday takes effect without a deployment. Asynchronous (it may touch many
    /// rows) and idempotent: a request is written only when a computed column differs, so a retried job changes
    /// nothing. It writes only computed columns, which the request step does not filter on.
    /// Budget: 3 RetrieveMultiple (holidays, settings, open requests) and 1 Update per request whose deadline moved.
    /// </summary>
    [PluginStep(MessageName.Create, HolidayTable.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PostImageAttributes = new[] { HolidayTable.Date },
        Description = "D5: reproyecta los plazos abiertos afectados por el feriado nuevo.")]
    [PluginStep(MessageName.Update, HolidayTable.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        FilteringAttributes = new[] { HolidayTable.Date, HolidayTable.Scope, HolidayTable.Region, HolidayTable.Communes, HolidayTable.StateCode },
        PreImageAttributes = new[] { HolidayTable.Date },
        PostImageAttributes = new[] { HolidayTable.Date },
        Description = "D5: reproyecta los plazos abiertos afectados por el feriado modificado.")]
    [PluginStep(MessageName.Delete, HolidayTable.EntityLogicalName, PipelineStage.PostOperation,
        Mode = StepMode.Asynchronous, AsyncAutoDelete = true,
        PreImageAttributes = new[] { HolidayTable.Date },
        Description = "D5: reproyecta los plazos abiertos afectados por el feriado eliminado.")]
    public sealed class HolidayReprojectionPlugin : PluginBase
    {

        protected override void Execute(PluginExecution execution)
        {
            var dates = new[] { execution.GetPreImage(), execution.GetPostImage() }
                .Where(image => image is not null)
                .Select(image => ColumnValues.GetDate(image!, HolidayTable.Date))
                .OfType<CivilDate>()
                .ToArray();
            if (dates.Length == 0)
            {
                execution.Trace("el feriado no tiene fecha; no hay plazos que reproyectar.");
                return;
            }
            // Re-projection covers every office's open requests, which no one user may read or write.
            var offices = OfficeCalendarCache.Shared.For(OneOffHolidayRows.Read(execution.SystemService));
            var settings = SettingsReader.Read(execution.SystemService);
            int moved = 0;
            foreach (var request in execution.SystemService.RetrieveMultiple(OpenRequestsSpanning(dates.Min(), dates.Max())).Entities)
            {
                if (!DeadlineChoices.TryGetRule(ColumnValues.GetChoice(request, Request.Rule) ?? 0, out var rule)
                    || ColumnValues.GetInstant(request, Request.Start) is not DateTime start)
                {
                    continue;
                }
                var projected = RequestProjection.Project(request, rule, start, RequestProjection.CalendarOf(request, offices), settings, execution.NowUtc);
                var changes = RequestProjection.ChangesFrom(request, projected);
                if (changes is not null)
                {
                    // Bookkeeping: the administrator who moved a holiday cannot write other units' requests by hand.
                    execution.SystemService.Update(changes);
                    moved++;
                }
            }
            execution.Trace("{0} plazo(s) reproyectado(s) por el feriado del {1}.", moved, string.Join(" y ", dates.Distinct()));
        }

        // Open (not answered, active) requests whose start..due window may contain a date of the range; a day of
        // margin on each side covers the offices' zones (UTC-3 to UTC-4) around local midnight.
        private static QueryExpression OpenRequestsSpanning(CivilDate first, CivilDate last)
        {
            var query = new QueryExpression(Request.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(RequestProjection.InputColumns.Concat(RequestProjection.OutputColumns).ToArray()),
            };
            query.Criteria.AddCondition(Request.StateCode, ConditionOperator.Equal, 0);
            query.Criteria.AddCondition(Request.AnsweredOn, ConditionOperator.Null);
            query.Criteria.AddCondition(Request.Start, ConditionOperator.LessThan, DateTime.SpecifyKind(last.AddDays(2).ToDateTime(), DateTimeKind.Utc));
            query.Criteria.AddCondition(Request.Due, ConditionOperator.GreaterEqual, DateTime.SpecifyKind(first.AddDays(-1).ToDateTime(), DateTimeKind.Utc));
            return query;
        }
    }
}
