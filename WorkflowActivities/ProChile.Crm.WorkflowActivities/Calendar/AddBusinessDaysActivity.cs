using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// D1: "within N business days" of an instant: due at 23:59:59 local time of the N-th business day strictly
    /// after the instant's local date in the office's zone (D4), skipping weekends and the office's holidays (D5).
    /// 0 days is the end of the start's own local day. A Date Only start (00:00:00, no time part) is that date
    /// itself, not the evening before in Chile (<see cref="DateInput"/>; the trace says which reading was used).
    /// </summary>
    [WorkflowActivity("Sumar días hábiles",
        "D1, D4, D5: fecha y hora de vencimiento (23:59:59 hora local) del N-ésimo día hábil posterior a la fecha de inicio, en la zona horaria y con los feriados de la oficina regional, incluidos los registrados en la tabla de feriados.")]
    public sealed class AddBusinessDaysActivity : OfficeCalendarActivity
    {
        /// <summary>The most business days a term may have: four years of them, far beyond any term of the protocol.</summary>
        public const int MaximumBusinessDays = 1000;

        [RequiredArgument]
        [Input("Fecha de inicio")]
        public InArgument<DateTime> Start { get; set; } = new InArgument<DateTime>();

        [RequiredArgument]
        [Input("Días hábiles")]
        public InArgument<int> BusinessDays { get; set; } = new InArgument<int>();

        [RequiredArgument]
        [Input("Oficina regional")]
        [AttributeTarget(Request.EntityLogicalName, Request.Office)]
        public InArgument<OptionSetValue> Office { get; set; } = new InArgument<OptionSetValue>();

        [Output("Vencimiento")]
        public OutArgument<DateTime> Due { get; set; } = new OutArgument<DateTime>();

        [Output("Días no hábiles omitidos")]
        public OutArgument<string> SkippedDays { get; set; } = new OutArgument<string>();

        protected override void Run(ActivityRun run)
        {
            var start = run.RequireDate(Start);
            int days = run.Get(BusinessDays);
            if (days < 0 || days > MaximumBusinessDays)
            {
                throw ActivityInputException.Invalid(run.LabelOf(BusinessDays), days, $"un número entero de días hábiles de 0 a {MaximumBusinessDays}");
            }
            var calendar = CalendarOf(run, Office);
            var startDate = DateIn(run, Start, start, calendar);
            var dueDate = AddWithinCalendar(run, calendar.BusinessDays, startDate, days);
            run.Set(Due, calendar.DayEndUtc(dueDate));
            // Fitted to the request's column, where a workflow stores this output.
            run.Set(SkippedDays, ColumnText.Fit(NonBusinessDay.SpanishLines(calendar.BusinessDays.NonBusinessDaysBetween(startDate, dueDate)), Request.SkippedDaysMaxLength));
            run.Trace("D1: {0} días hábiles desde {1} ({2}) vencen el {3}", days, startDate, calendar.Name, dueDate);
        }

        private CivilDate AddWithinCalendar(ActivityRun run, BusinessCalendar businessDays, CivilDate startDate, int days)
        {
            try
            {
                return businessDays.AddBusinessDays(startDate, days);
            }
            catch (DateOutsideCalendarException)
            {
                throw ActivityInputException.Invalid(run.LabelOf(BusinessDays), days,
                    $"un plazo que termine a más tardar el 31-12-{CalendarRange.LastYear}, el último día que cubre el calendario hábil chileno");
            }
        }
    }
}
