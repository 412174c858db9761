using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Settings;
using Request = ProChile.Crm.Dataverse.Schema.Request;

namespace ProChile.Crm.Dataverse.Requests
{
    /// <summary>
    /// S1..S14, D1-D6: the columns a request's deadline projects to (term, due, warning, skipped days, status,
    /// compliance, S14's short notice), computed by the rules in the calendar of the office that owes the answer.
    /// Shared by the request step (on the Target), the holiday step (re-projecting open requests) and the daily
    /// sweep activity (statuses that change with time alone, D6; requests computed with other one-off holidays, D5).
    /// Each projection stamps the fingerprint of the one-off holidays in its term's window (<see cref="RequestCalendars.HolidaySetOf"/>).
    /// </summary>
    public static class RequestProjection
    {
        /// <summary>The input columns: what the request step filters on and both steps read.</summary>
        public static readonly string[] InputColumns =
        {
            Request.AccountId, Request.Rule, Request.Office, Request.CommercialOffice, Request.Channel, Request.Urgency,
            Request.Start, Request.AnsweredOn, Request.VisitDate,
        };

        /// <summary>The computed columns.</summary>
        public static readonly string[] OutputColumns =
        {
            Request.Term, Request.Due, Request.WarningAt, Request.SkippedDays, Request.DeadlineStatus, Request.Compliant, Request.ShortLeadTime,
            Request.HolidaySet,
        };

        /// <summary>
        /// D4: a regional office counts in its zone with its region's holidays; a commercial office abroad, known by
        /// its time zone id, counts Chilean national holidays in its own zone.
        /// </summary>
        public static OfficeCalendar CalendarOf(Entity request, OfficeCalendars calendars)
        {
            var office = ColumnValues.GetChoice(request, Request.Office);
            if (office is int value)
            {
                return RegionChoices.TryGetOfficeSlug(value, out var slug)
                    ? calendars.ForOffice(slug)
                    : throw ColumnValues.Invalid(request, Request.Office, value, RegionChoices.Expected);
            }
            var abroad = ColumnValues.GetString(request, Request.CommercialOffice)
                ?? throw ColumnValues.Missing(request, Request.Office,
                    "la región de la oficina que debe responder, o en «" + Request.CommercialOffice + "» la zona horaria de la oficina comercial (por ejemplo Asia/Shanghai)");
            try
            {
                return calendars.ForTimeZone(abroad);
            }
            catch (UnknownTimeZoneException)
            {
                throw ColumnValues.Invalid(request, Request.CommercialOffice, abroad, "la zona horaria IANA o Windows de la oficina comercial, por ejemplo Asia/Shanghai o America/New_York");
            }
        }

        /// <summary>
        /// The computed columns of a stored request from its stored inputs (its rule and start as stored): what every
        /// computed column must equal. A row without a valid rule or start is refused in Spanish, naming the column.
        /// </summary>
        public static Entity ProjectStored(Entity row, RequestCalendars calendars, RuleSettings settings, DateTime nowUtc)
        {
            int choice = ColumnValues.RequireChoice(row, Request.Rule, DeadlineChoices.ExpectedRule);
            if (!DeadlineChoices.TryGetRule(choice, out var rule))
            {
                throw ColumnValues.Invalid(row, Request.Rule, choice, DeadlineChoices.ExpectedRule);
            }
            var start = ColumnValues.RequireInstant(row, Request.Start, "el inicio del plazo");
            return Project(row, rule, start, calendars, settings, nowUtc);
        }

        /// <summary>The computed columns for <paramref name="request"/> (the row as it will be) under <paramref name="rule"/>, at <paramref name="nowUtc"/>.</summary>
        public static Entity Project(Entity request, DeadlineRule rule, DateTime startUtc, RequestCalendars calendars, RuleSettings settings, DateTime nowUtc)
        {
            if (calendars is null)
            {
                throw new ArgumentNullException(nameof(calendars));
            }
            var calendar = calendars.CalendarOf(request);
            var deadline = rule.DeadlineFrom(startUtc, calendar, settings.DeadlineWarnings);
            var answered = ColumnValues.GetInstant(request, Request.AnsweredOn);
            var status = deadline.StatusAt(answered is DateTime a && a > nowUtc ? a : nowUtc, answered);
            var projected = new Entity(Request.EntityLogicalName, request.Id)
            {
                [Request.Term] = ColumnText.Fit(deadline.SpanishTerm, Request.TermMaxLength),
                [Request.Due] = deadline.DueUtc,
                [Request.WarningAt] = deadline.WarningUtc,
                [Request.SkippedDays] = deadline.Skipped.Count == 0 ? null : ColumnText.Fit(NonBusinessDay.SpanishLines(deadline.Skipped), Request.SkippedDaysMaxLength),
                [Request.DeadlineStatus] = new OptionSetValue(DeadlineChoices.ToChoice(status, answered is not null)),
                [Request.Compliant] = answered is null ? (bool?)null : status == DeadlineStatus.Met,
                [Request.HolidaySet] = calendars.HolidaySetOf(startUtc, deadline.DueUtc),
            };
            // S14: short notice is flagged, never blocked; empty for any other rule or without a visit date, so a
            // cleared visit date or a changed rule does not leave an old flag behind.
            projected[Request.ShortLeadTime] = rule == ProtocolDeadlines.S14 && ColumnValues.GetDate(request, Request.VisitDate) is CivilDate visit
                ? !LeadTimeCheck.Evaluate(new DateTimeOffset(startUtc), visit, calendar, settings.MinimumLeadDays).Holds
                : (bool?)null;
            return projected;
        }

        /// <summary>
        /// The update that brings <paramref name="stored"/> to <paramref name="projected"/>: only the columns whose
        /// value differs, so re-running a re-projection writes nothing; null when nothing differs.
        /// </summary>
        public static Entity? ChangesFrom(Entity stored, Entity projected)
        {
            var update = new Entity(Request.EntityLogicalName, stored.Id);
            foreach (var column in projected.Attributes.Where(c => !SameValue(stored.Attributes.TryGetValue(c.Key, out var v) ? v : null, c.Value)))
            {
                update[column.Key] = column.Value;
            }
            return update.Attributes.Count == 0 ? null : update;
        }

        private static bool SameValue(object? stored, object? projected)
        {
            if (stored is DateTime a && projected is DateTime b)
            {
                return a.Ticks / TimeSpan.TicksPerSecond == b.Ticks / TimeSpan.TicksPerSecond; // both UTC instants as stored
            }
            return Equals(stored, projected);
        }

    }
}
