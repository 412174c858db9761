using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.BehaviourNotes;
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
    /// Bounded (issue 10, defect 6): it reads every page of the affected requests and re-projects them, earliest due
    /// first, within <see cref="RunningTimeBudget.Default"/> on a stopwatch; what it cannot reach is traced with its
    /// count and keeps its old holiday fingerprint, so the daily sweep finds and re-projects it (nothing is skipped
    /// silently). A row that cannot be projected is traced and the others go on.
    /// Budget: 3 RetrieveMultiple (holidays, settings, open requests; +1 per extra page of 5,000) and 1 Update per
    /// request whose deadline moved.
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
            var dates = HolidayChange.DatesOf(execution);
            if (dates.Length == 0)
            {
                execution.Trace("el feriado no tiene fecha; no hay plazos que reproyectar.");
                return;
            }
            // SYSTEM reads and writes: the deadlines must follow the holiday in every office's requests, whoever the
            // admin is; the computed columns are bookkeeping no user writes by hand.
            var service = execution.SystemService;
            var calendars = RequestCalendars.Read(service);
            var settings = SettingsReader.Read(service, execution.Tracing);
            var outcome = new OpenRequestReprojection(service, () => calendars, () => settings, execution.NowUtc, RunningTimeBudget.StartNew(), execution.Trace)
                .Run(OpenRequestsSpanning(dates.Min(), dates.Max()), _ => true);
            execution.Trace("feriado del {0}: {1}.", string.Join(" y ", dates.Distinct()), outcome);
        }

        // Open (not answered, active) requests whose fingerprint window (HolidaySetFingerprint: the start's date to the
        // due's date, a day of margin each side for the offices' zones around local midnight) may hold a date of the range.
        private static QueryExpression OpenRequestsSpanning(CivilDate first, CivilDate last)
        {
            var query = OpenRequestReprojection.OpenRequests();
            query.Criteria.AddCondition(Request.Start, ConditionOperator.LessThan, HolidaySetFingerprint.WindowStartsBefore(last));
            query.Criteria.AddCondition(Request.Due, ConditionOperator.GreaterEqual, HolidaySetFingerprint.WindowDueFrom(first));
            return query;
        }
    }
}
