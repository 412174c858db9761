using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// D1: whether a date is a business day in the office, and if not why: "Sábado", "Domingo" or the holiday with
    /// its law (D5). A Date Only column (00:00:00, no time part) is that date; an instant is its local date in the
    /// office's zone (D4). So a process asking about pch_visitdate 18-09 hears "Independencia Nacional", not about
    /// the 17th, which is what 18-09 00:00 UTC is in Chile. <see cref="DateInput"/> says why; the trace says which.
    /// </summary>
    [WorkflowActivity("Es día hábil",
        "D1, D4, D5: indica si la fecha (en la hora local de la oficina regional) es día hábil y, si no lo es, por qué: sábado, domingo o el feriado con su ley.")]
    public sealed class IsBusinessDayActivity : OfficeCalendarActivity
    {
        [RequiredArgument]
        [Input("Fecha")]
        public InArgument<DateTime> Date { get; set; } = new InArgument<DateTime>();

        [RequiredArgument]
        [Input("Oficina regional")]
        [AttributeTarget(Request.EntityLogicalName, Request.Office)]
        public InArgument<OptionSetValue> Office { get; set; } = new InArgument<OptionSetValue>();

        [Output("Es día hábil")]
        public OutArgument<bool> IsBusinessDay { get; set; } = new OutArgument<bool>();

        [Output("Motivo si no es hábil")]
        public OutArgument<string> Reason { get; set; } = new OutArgument<string>();

        protected override void Run(ActivityRun run)
        {
            var date = run.RequireDate(Date);
            var calendar = CalendarOf(run, Office);
            var closed = calendar.BusinessDays.NonBusinessDayOn(DateIn(run, Date, date, calendar));
            run.Set(IsBusinessDay, closed == null);
            run.Set(Reason, closed == null ? string.Empty : NonBusinessDay.SpanishLines(new[] { closed }));
        }
    }
}
