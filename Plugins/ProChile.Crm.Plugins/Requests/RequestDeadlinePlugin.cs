using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Requests;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Plugins.Requests
{
    /// <summary>
    /// S1..S14, D1-D6 on a request (solicitud), in PreOperation so the computed columns ride on the same write:
    /// the rule (chosen, or implied by channel and urgency), the start (the creation instant when not given on Create;
    /// on Update a cleared start is refused), the
    /// term, due and warning instants in the owing office's calendar with the admins' one-off holidays, the days
    /// skipped, the status and, once answered, compliance; S14's short notice is flagged. The computed columns are
    /// not in the filter, so the holiday step's re-projection does not come back here.
    /// Budget: 2 RetrieveMultiple (settings, holidays); +1 Retrieve for a self-diagnosis request; +1 Retrieve and
    /// +1 RetrieveMultiple (actions, for C7) for a characterisation-form request.
    /// </summary>
    [PluginStep(MessageName.Create, Request.EntityLogicalName, PipelineStage.PreOperation,
        Description = "S1-S14, D1-D6: regla, vencimiento, alerta y estado del plazo.")]
    [PluginStep(MessageName.Update, Request.EntityLogicalName, PipelineStage.PreOperation,
        FilteringAttributes = new[]
        {
            Request.AccountId, Request.Rule, Request.Office, Request.CommercialOffice, Request.Channel, Request.Urgency,
            Request.Start, Request.AnsweredOn, Request.VisitDate,
        },
        PreImageAttributes = new[]
        {
            Request.AccountId, Request.Rule, Request.Office, Request.CommercialOffice, Request.Channel, Request.Urgency,
            Request.Start, Request.AnsweredOn, Request.VisitDate,
        },
        Description = "S1-S14, D1-D6: recalcula el plazo; cumplimiento al responder.")]
    public sealed class RequestDeadlinePlugin : PluginBase
    {
        private readonly RequestRuleSelection rules = new RequestRuleSelection(new RegionDates());

        protected override void Execute(PluginExecution execution)
        {
            var target = execution.GetRequiredTarget();
            var before = execution.IsUpdate ? execution.GetRequiredPreImage() : null;
            var request = RowView.Overlay(before, target);
            var start = StartOf(execution, request, target);
            var rule = rules.Select(request, before, target, execution);
            if (rule is null)
            {
                // C8: no deadline runs until the test is answered; nothing of an earlier deadline stays behind.
                foreach (var column in RequestProjection.OutputColumns)
                {
                    target[column] = null;
                }
                target[Request.Rule] = null;
                target[Request.Term] = NoDeadline;
                return;
            }
            target[Request.Rule] = new OptionSetValue(DeadlineChoices.ToChoice(rule.Id));

            // Deadlines count with every setting and holiday, whatever the caller may read.
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            var calendars = RequestCalendars.Read(execution.SystemService);
            var projected = RequestProjection.Project(request, rule, start, calendars, settings, execution.NowUtc);
            foreach (var column in projected.Attributes)
            {
                target[column.Key] = column.Value;
            }
            execution.Trace("{0}: vence {1:o} ({2}).", rule.Id, projected[Request.Due], calendars.CalendarOf(request).Name);
        }

        /// <summary>The term shown while the C8 intake says no deadline runs.</summary>
        public const string NoDeadline = "Sin plazo: la empresa debe responder primero el Test de Autodiagnóstico (C8).";

        // D1-D3: a new request without a start starts at its creation instant. A saved request's start is never filled
        // with the edit's instant (issue 10, defect 1: that restarted an overdue deadline). Clearing it is refused
        // rather than restored: the column is required on the form, which itself refuses to save it empty, so a user
        // expects the same refusal from any other client; restoring would silently discard what they wrote.
        private static DateTime StartOf(PluginExecution execution, Entity request, Entity target)
        {
            if (ColumnValues.GetInstant(request, Request.Start) is DateTime start)
            {
                return start;
            }
            if (execution.IsUpdate)
            {
                throw target.Contains(Request.Start)
                    ? new InvalidPluginExecutionException(
                        $"No se puede vaciar el campo «{Request.Start}» de {Request.EntityLogicalName} {execution.PrimaryId}; se espera {ExpectedStart}: " +
                        "escriba el inicio correcto en lugar de borrarlo.")
                    : ColumnValues.Missing(request, Request.Start, ExpectedStart);
            }
            target[Request.Start] = execution.NowUtc;
            return execution.NowUtc;
        }

        private const string ExpectedStart = "el instante del hecho que inicia el plazo (D1-D3)";
    }
}
