using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.WorkflowActivities.Calendar;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Deadlines
{
    /// <summary>
    /// S1..S14: the deadline of a protocol rule for an event at an instant, counted by the office that owes it:
    /// a regional office (its zone and holidays, D4/D5), or a commercial office abroad known by its time zone
    /// (Chilean national holidays, counted in that zone). Gives the due instant, the instant it turns at risk
    /// (D6, from the pch_setting overrides), the term in words, the days skipped, and where it stands now.
    /// A Date Only start (00:00:00, no time part, as Dataverse passes a Date Only column) is that date in the owing
    /// office and counts from its first instant there (local midnight), not from the evening before in Chile
    /// (<see cref="DateInput"/>); any other start is the event's instant. The trace says which reading was used.
    /// </summary>
    [WorkflowActivity("Calcular plazo del protocolo",
        "S1-S14, D1-D6: vencimiento, inicio del riesgo (D6), término y días no hábiles omitidos del plazo elegido, contado desde el inicio por la oficina regional o, para una oficina comercial en el exterior, en su zona horaria.")]
    public sealed class ComputeDeadlineActivity : OfficeCalendarActivity
    {
        [RequiredArgument]
        [Input("Plazo")]
        [AttributeTarget(Request.EntityLogicalName, Request.Rule)]
        public InArgument<OptionSetValue> Rule { get; set; } = new InArgument<OptionSetValue>();

        [RequiredArgument]
        [Input("Inicio")]
        public InArgument<DateTime> Start { get; set; } = new InArgument<DateTime>();

        [Input("Oficina regional")]
        [AttributeTarget(Request.EntityLogicalName, Request.Office)]
        public InArgument<OptionSetValue> Office { get; set; } = new InArgument<OptionSetValue>();

        [Input("Zona horaria de la oficina comercial")]
        public InArgument<string> CommercialOfficeTimeZone { get; set; } = new InArgument<string>();

        [Output("Vencimiento")]
        public OutArgument<DateTime> Due { get; set; } = new OutArgument<DateTime>();

        [Output("En riesgo desde")]
        public OutArgument<DateTime> WarningAt { get; set; } = new OutArgument<DateTime>();

        [Output("Término")]
        public OutArgument<string> Term { get; set; } = new OutArgument<string>();

        [Output("Días no hábiles omitidos")]
        public OutArgument<string> SkippedDays { get; set; } = new OutArgument<string>();

        [Output("Estado del plazo")]
        [AttributeTarget(Request.EntityLogicalName, Request.DeadlineStatus)]
        public OutArgument<OptionSetValue> Status { get; set; } = new OutArgument<OptionSetValue>();

        protected override void Run(ActivityRun run)
        {
            var rule = RuleOf(run);
            var start = run.RequireDate(Start);
            string? zone = run.Get(CommercialOfficeTimeZone)?.Trim();
            bool abroad = !string.IsNullOrEmpty(zone);
            if (abroad)
            {
                RequireKnownZone(run, zone!);
            }
            string? officeSlug = abroad ? null : OfficeSlugOrExplain(run);

            // The deadline counts with every setting, whatever the process's user may read.
            var settings = SettingsReader.Read(run.SystemService, run.Tracing);
            var calendars = CalendarsFor(run);
            var calendar = abroad ? calendars.ForTimeZone(zone!) : calendars.ForOffice(officeSlug!);
            run.Trace("«{0}»: {1}", run.LabelOf(Start), start.Reading(calendar));
            var deadline = rule.DeadlineFrom(start.StartUtcIn(calendar), calendar, settings.DeadlineWarnings);

            run.Set(Due, deadline.DueUtc);
            run.Set(WarningAt, deadline.WarningUtc);
            // Fitted to the request's columns, where a workflow stores these outputs.
            run.Set(Term, ColumnText.Fit(deadline.SpanishTerm, Request.TermMaxLength));
            run.Set(SkippedDays, ColumnText.Fit(NonBusinessDay.SpanishLines(deadline.Skipped), Request.SkippedDaysMaxLength));
            run.Set(Status, new OptionSetValue(DeadlineChoices.ToChoice(deadline.StatusAt(run.NowUtc), answered: false)));
            run.Trace("{0}", deadline);
        }

        private DeadlineRule RuleOf(ActivityRun run)
        {
            var choice = run.Require(Rule, DeadlineChoices.ExpectedRule);
            return DeadlineChoices.TryGetRule(choice.Value, out var rule)
                ? rule
                : throw ActivityInputException.Invalid(run.LabelOf(Rule), choice, DeadlineChoices.ExpectedRule);
        }

        // A regional office owes S1-S8; S9-S14 may be owed by a commercial office abroad instead: one of the two is needed.
        private string OfficeSlugOrExplain(ActivityRun run)
        {
            if (run.Get(Office) == null)
            {
                throw ActivityInputException.Missing(run.LabelOf(Office),
                    $"{RegionChoices.Expected}; o bien, si el plazo lo debe una oficina comercial en el exterior, «{run.LabelOf(CommercialOfficeTimeZone)}»");
            }
            return OfficeSlug(run, Office);
        }

        // Checked before any service call, so a typo costs nothing and names the input.
        private void RequireKnownZone(ActivityRun run, string zone)
        {
            if (!TimeZoneResolver.ForPlatform().TryResolve(zone, out _))
            {
                throw ActivityInputException.Invalid(run.LabelOf(CommercialOfficeTimeZone), zone,
                    "un id de zona horaria IANA (p. ej. Europe/Madrid) o de Windows (p. ej. Romance Standard Time) conocido por el servidor");
            }
        }
    }
}
