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
    /// the rule (chosen, or implied by channel and urgency), the start (the creation instant when not given), the
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
            var request = RowView.Overlay(execution.IsUpdate ? execution.GetRequiredPreImage() : null, target);
            var start = ColumnValues.GetInstant(request, Request.Start);
            if (start is null)
            {
                start = execution.NowUtc;
                target[Request.Start] = start;
            }
            var rule = rules.Select(request, execution);
            if (rule is null)
            {
                target[Request.Term] = "Sin plazo: la empresa debe responder primero el Test de Autodiagnóstico (C8).";
                return;
            }
            target[Request.Rule] = new OptionSetValue(DeadlineChoices.ToChoice(rule.Id));

            // Deadlines count with every setting and holiday, whatever the caller may read.
            var settings = SettingsReader.Read(execution.SystemService);
            var calendar = RequestProjection.CalendarOf(request, OfficeCalendarCache.Shared.For(OneOffHolidayRows.Read(execution.SystemService)));
            var projected = RequestProjection.Project(request, rule, start.Value, calendar, settings, execution.NowUtc);
            foreach (var column in projected.Attributes)
            {
                target[column.Key] = column.Value;
            }
            execution.Trace("{0}: vence {1:o} ({2}).", rule.Id, projected[Request.Due], calendar.Name);
        }
    }
}
