using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// D1: the business days between two instants, counted as a term counts them: the days strictly after the
    /// first instant's local date up to and including the second's, in the office's zone (D4) and calendar (D5).
    /// So a request on Monday answered on Wednesday took 2 business days; the same day, 0.
    /// </summary>
    [WorkflowActivity("Contar días hábiles entre dos fechas",
        "D1, D4, D5: días hábiles desde el día siguiente a la fecha de inicio hasta la fecha de término inclusive, en la zona horaria y con los feriados de la oficina regional.")]
    public sealed class CountBusinessDaysActivity : OfficeCalendarActivity
    {
        [RequiredArgument]
        [Input("Fecha de inicio")]
        public InArgument<DateTime> From { get; set; } = new InArgument<DateTime>();

        [RequiredArgument]
        [Input("Fecha de término")]
        public InArgument<DateTime> Through { get; set; } = new InArgument<DateTime>();

        [RequiredArgument]
        [Input("Oficina regional")]
        [AttributeTarget(Request.EntityLogicalName, Request.Office)]
        public InArgument<OptionSetValue> Office { get; set; } = new InArgument<OptionSetValue>();

        [Output("Días hábiles")]
        public OutArgument<int> BusinessDays { get; set; } = new OutArgument<int>();

        protected override void Run(ActivityRun run)
        {
            var from = run.RequireInstant(From);
            var through = run.RequireInstant(Through);
            if (through < from)
            {
                throw ActivityInputException.Invalid(run.LabelOf(Through), through,
                    $"una fecha igual o posterior a «{run.LabelOf(From)}» ({from:yyyy-MM-dd HH:mm:ss} UTC)");
            }
            var calendar = CalendarOf(run, Office);
            int count = calendar.BusinessDays.CountBusinessDays(calendar.DateAt(from), calendar.DateAt(through));
            run.Set(BusinessDays, count);
        }
    }
}
