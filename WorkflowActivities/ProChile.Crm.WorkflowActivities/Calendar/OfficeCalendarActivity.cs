using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.WorkflowActivities.Execution;

namespace ProChile.Crm.WorkflowActivities.Calendar
{
    /// <summary>
    /// An activity that counts days in a regional office's calendar (D1, D4, D5): the office's time zone, its
    /// regional holidays, and the one-off holidays admins keep in pch_holiday (read on every run, so a new row
    /// takes effect without a deployment).
    /// </summary>
    /// <remarks>
    /// The calendars are tabulated once per holiday set and kept in <see cref="OfficeCalendarCache.Shared"/>, a
    /// thread-safe cache keyed by the holidays' content, not by any caller.
    /// </remarks>
    public abstract class OfficeCalendarActivity : ProChileActivity
    {

        /// <summary>The calendar of the office chosen in <paramref name="office"/> (one query: the one-off holidays).</summary>
        protected OfficeCalendar CalendarOf(ActivityRun run, InArgument<OptionSetValue> office)
        {
            var slug = OfficeSlug(run, office); // first: a bad input costs no service call
            return CalendarsFor(run).ForOffice(slug);
        }

        /// <summary>The offices' calendars with the admins' one-off holidays (one query).</summary>
        // Every one-off holiday counts, whatever the process's user may read.
        protected OfficeCalendars CalendarsFor(ActivityRun run) => OfficeCalendarCache.Shared.For(OneOffHolidayRows.Read(run.SystemService));

        /// <summary>
        /// The date <paramref name="input"/> names in <paramref name="calendar"/> (a Date Only value is the date
        /// itself, an instant its local date: <see cref="DateInput"/>), tracing which reading was used.
        /// </summary>
        protected static CivilDate DateIn(ActivityRun run, InArgument<DateTime> argument, DateInput input, OfficeCalendar calendar)
        {
            run.Trace("«{0}»: {1}", run.LabelOf(argument), input.Reading(calendar));
            return input.DateIn(calendar);
        }

        /// <summary>The office slug of a region choice input; a Spanish error naming the input otherwise.</summary>
        protected static string OfficeSlug(ActivityRun run, InArgument<OptionSetValue> office)
        {
            var choice = run.Require(office, RegionChoices.Expected);
            return RegionChoices.TryGetOfficeSlug(choice.Value, out var slug)
                ? slug
                : throw ActivityInputException.Invalid(run.LabelOf(office), choice, RegionChoices.Expected);
        }
    }
}
