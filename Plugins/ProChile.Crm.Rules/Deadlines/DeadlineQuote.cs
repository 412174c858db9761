using System;
using System.Collections.Generic;
using System.Globalization;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// S1..S14, D1-D6: one answer to "what deadline does this rule give for an event at this instant, owed by this
    /// office?", and its texts. The one code path behind <c>prochile sla</c> and the pch_CalcularPlazo Custom API, so
    /// both give the same answer for the same inputs. It leaves out where the calendars' one-off holidays come from
    /// (the CLI ships the known ones; the API reads the admins' rows) and how each front end names its inputs.
    /// </summary>
    public sealed class DeadlineQuote
    {
        /// <summary>An instant with its offset, as both front ends print it (e.g. 2026-09-23T23:59:59-03:00).</summary>
        public const string LocalFormat = "yyyy-MM-ddTHH:mm:ssK";

        /// <summary>A UTC instant (e.g. 2026-09-24T02:59:59Z).</summary>
        public const string UtcFormat = "yyyy-MM-ddTHH:mm:ssZ";

        private DeadlineQuote(DeadlineRule rule, OfficeCalendar calendar, Deadline deadline)
        {
            Rule = rule;
            Calendar = calendar;
            Deadline = deadline;
        }

        public DeadlineRule Rule { get; }

        /// <summary>The calendar that counted: a regional office's, or a place abroad known by its zone.</summary>
        public OfficeCalendar Calendar { get; }

        public Deadline Deadline { get; }

        public DateTimeOffset StartLocal => Calendar.TimeZone.ToLocal(Deadline.StartUtc);

        public DateTimeOffset WarningLocal => Calendar.TimeZone.ToLocal(Deadline.WarningUtc);

        public string DueLocalText => Local(Deadline.DueLocal);

        public string WarningLocalText => Local(WarningLocal);

        /// <summary>The skipped days, one "aaaa-mm-dd motivo" per line; empty when none was skipped.</summary>
        public string SkippedText => string.Join("\n", Lines(Deadline.Skipped));

        /// <summary>
        /// The deadline of <paramref name="rule"/> from <paramref name="startUtc"/> in <paramref name="calendar"/>, at risk
        /// per <paramref name="warnings"/> (D6). Throws <see cref="DateOutsideCalendarException"/> outside the calendar's years.
        /// </summary>
        public static DeadlineQuote Compute(DeadlineRule rule, DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings? warnings = null) =>
            new DeadlineQuote(rule, calendar, rule.DeadlineFrom(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), calendar, warnings));

        /// <summary>
        /// D4: the calendar that counts. A regional office by slug; or, for a commercial office abroad, its time zone
        /// (IANA or Windows id); with neither, Nivel Central. The caller refuses both at once, naming its own inputs.
        /// Throws <see cref="UnknownOfficeException"/> or <see cref="UnknownTimeZoneException"/>.
        /// </summary>
        public static OfficeCalendar CalendarOf(OfficeCalendars calendars, string? officeSlug, string? timeZoneId)
        {
            if (!string.IsNullOrWhiteSpace(timeZoneId))
            {
                return calendars.ForTimeZone(timeZoneId!.Trim());
            }
            return calendars.ForOffice(string.IsNullOrWhiteSpace(officeSlug) ? Offices.NivelCentral : officeSlug!.Trim());
        }

        public static string Local(DateTimeOffset instant) => instant.ToString(LocalFormat, CultureInfo.InvariantCulture);

        public static string Utc(DateTime instant) => instant.ToString(UtcFormat, CultureInfo.InvariantCulture);

        private static IEnumerable<string> Lines(IEnumerable<NonBusinessDay> days)
        {
            foreach (var day in days)
            {
                yield return day.Date + " " + day.Description;
            }
        }
    }
}
