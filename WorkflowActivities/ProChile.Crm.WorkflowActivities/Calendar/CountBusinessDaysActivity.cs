using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.WorkflowActivities.Execution;
using ProChile.Crm.WorkflowActivities.Registration;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// D1: the business days between two instants, counted as a term counts them: the days strictly after the
    /// first instant's local date up to and including the second's, in the office's zone (D4) and calendar (D5).
    /// So a request on Monday answered on Wednesday took 2 business days; the same day, 0. A Date Only value
    /// (00:00:00, no time part) is that date itself, not the evening before in Chile (<see cref="DateInput"/>).
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
            var from = run.RequireDate(From);
            var through = run.RequireDate(Through);
            // Two instants compare as instants, before any service call; a date against anything compares as dates.
            if (!from.IsCivilDate && !through.IsCivilDate && through.Utc < from.Utc)
            {
                throw ActivityInputException.Invalid(run.LabelOf(Through), through.Utc,
                    $"una fecha igual o posterior a «{run.LabelOf(From)}» ({from.Shown})");
            }
            var calendar = CalendarOf(run, Office);
            var fromDate = DateIn(run, From, from, calendar);
            var throughDate = DateIn(run, Through, through, calendar);
            if (throughDate < fromDate)
            {
                string local = through.IsCivilDate ? string.Empty : $"; en {calendar.TimeZone.Id} ese instante cae el {throughDate}";
                throw ActivityInputException.Invalid(run.LabelOf(Through), through.IsCivilDate ? (object)through.CivilDate : through.Utc,
                    $"una fecha igual o posterior a «{run.LabelOf(From)}» ({from.Shown}){local}");
            }
            run.Set(BusinessDays, calendar.BusinessDays.CountBusinessDays(fromDate, throughDate));
        }
    }
}
