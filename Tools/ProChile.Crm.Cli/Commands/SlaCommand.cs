using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// `prochile sla --rule S1..S14 --start INSTANT [--office SLUG | --time-zone ID] [--format text|json] [--visit DATE]`:
    /// the deadline a protocol rule gives for an event (D1–D6, S1–S14); for S14, --visit reports whether the lead
    /// time holds. Default office: nivel-central.
    /// </summary>
    internal static class SlaCommand
    {
        // An ISO 8601 instant must carry its offset (or Z): a bare local time is ambiguous across zones.
        private static readonly Regex IsoInstant = new Regex(
            @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);

        public static Command Create(TextWriter stdout)
        {
            var rule = new Option<string>("--rule") { Description = "Rule id, S1..S14.", Required = true };
            var start = new Option<string>("--start") { Description = "The event's instant, ISO 8601 with offset, e.g. 2026-09-16T10:00:00-03:00.", Required = true };
            var office = new Option<string?>("--office") { Description = "Office slug (default nivel-central)." };
            var timeZone = new Option<string?>("--time-zone") { Description = "A time zone id instead of an office (IANA or Windows), for offices abroad." };
            var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
            var visit = new Option<string?>("--visit") { Description = "S14 only: the visit's date (yyyy-MM-dd); reports whether the lead time holds." };
            var command = new Command("sla", "Plazo de una regla del protocolo (S1..S14) para un evento, en días hábiles, corridos u horas.")
            {
                rule, start, office, timeZone, format, visit,
            };
            command.SetAction(parse =>
            {
                var request = new SlaRequest(parse.GetValue(rule)!, parse.GetValue(start)!, parse.GetValue(office), parse.GetValue(timeZone),
                    parse.GetValue(format)!, parse.GetValue(visit));
                stdout.Write(Render(request, OfficeCalendars.WithKnownHolidays()));
                return CliApp.Success;
            });
            return command;
        }

        /// <summary>
        /// The whole output, or a <see cref="UsageException"/> naming the bad value. The deadline comes from
        /// <see cref="DeadlineQuote"/>, the code path pch_CalcularPlazo also takes, so both answer alike.
        /// </summary>
        internal static string Render(SlaRequest request, OfficeCalendars calendars)
        {
            var rule = ProtocolDeadlines.TryGet(request.Rule, out var found)
                ? found
                : throw new UsageException(new UnknownDeadlineRuleException(request.Rule).Message);
            var start = ParseInstant(request.Start);
            bool json = ParseFormat(request.Format);
            var visit = ParseVisit(request.Visit, rule);
            var calendar = CalendarFor(request, calendars);
            DeadlineQuote quote;
            LeadTimeCheck? leadTime;
            try
            {
                quote = DeadlineQuote.Compute(rule, start.UtcDateTime, calendar);
                leadTime = visit.HasValue ? LeadTimeCheck.Evaluate(start, visit.Value, calendar) : null;
            }
            catch (DateOutsideCalendarException)
            {
                throw new UsageException($"--start «{request.Start}» está fuera del calendario; se aceptan instantes entre {CalendarRange.FirstYear} y {CalendarRange.LastYear}.");
            }
            return json ? Json(quote, leadTime) : Text(quote, leadTime);
        }

        private static OfficeCalendar CalendarFor(SlaRequest request, OfficeCalendars calendars)
        {
            if (request.Office != null && request.TimeZone != null)
            {
                throw new UsageException($"--office «{request.Office}» y --time-zone «{request.TimeZone}» se indicaron juntas; se acepta solo una de las dos.");
            }
            try
            {
                return DeadlineQuote.CalendarOf(calendars, request.Office, request.TimeZone);
            }
            catch (UnknownTimeZoneException e)
            {
                throw new UsageException(e.Message);
            }
            catch (UnknownOfficeException e)
            {
                throw new UsageException(e.Message);
            }
        }

        private static DateTimeOffset ParseInstant(string text)
        {
            if (IsoInstant.IsMatch(text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
            {
                return instant;
            }
            throw new UsageException($"--start «{text}» no es un instante ISO 8601 con desfase horario; se acepta, p. ej., 2026-09-16T10:00:00-03:00 o 2026-09-16T13:00:00Z.");
        }

        private static bool ParseFormat(string format)
        {
            if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(format, "text", StringComparison.OrdinalIgnoreCase)) return false;
            throw new UsageException($"--format «{format}» no es válido; se acepta text o json.");
        }

        private static CivilDate? ParseVisit(string? text, DeadlineRule rule)
        {
            if (text == null)
            {
                return null;
            }
            if (rule != ProtocolDeadlines.S14)
            {
                throw new UsageException($"--visit «{text}» solo se aplica a S14; no se acepta con {rule.Id}.");
            }
            if (!CivilDate.TryParse(text, out var date))
            {
                throw new UsageException($"--visit «{text}» no es una fecha; se acepta la forma aaaa-mm-dd (p. ej., 2026-10-20).");
            }
            return date;
        }

        private static string Utc(DateTime instant) => DeadlineQuote.Utc(instant);

        private static string Local(DateTimeOffset instant) => DeadlineQuote.Local(instant);

        private static string Json(DeadlineQuote quote, LeadTimeCheck? leadTime) => JsonText.Write(json =>
        {
            var deadline = quote.Deadline;
            json.WriteStartObject();
            json.WriteString("rule", deadline.RuleId);
            json.WriteString("unit", deadline.Unit.ToSlug());
            json.WriteNumber("term", deadline.Term);
            json.WriteString("start", Local(quote.StartLocal));
            json.WriteString("dueUtc", Utc(deadline.DueUtc));
            json.WriteString("dueLocal", quote.DueLocalText);
            json.WriteString("warningUtc", Utc(deadline.WarningUtc));
            json.WriteString("timeZone", deadline.TimeZoneId);
            json.WriteStartArray("skipped");
            foreach (var day in deadline.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("date", day.Date.ToString());
                json.WriteString("reason", day.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (leadTime != null)
            {
                json.WriteStartObject("leadTime");
                json.WriteString("requestDate", leadTime.RequestDate.ToString());
                json.WriteString("visit", leadTime.VisitDate.ToString());
                json.WriteNumber("daysOfNotice", leadTime.DaysOfNotice);
                json.WriteNumber("minimumDays", leadTime.MinimumDays);
                json.WriteBoolean("holds", leadTime.Holds);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });

        private static string Text(DeadlineQuote quote, LeadTimeCheck? leadTime)
        {
            var (rule, deadline, calendar) = (quote.Rule, quote.Deadline, quote.Calendar);
            var text = new StringBuilder();
            text.Append($"Regla {rule.Id}: {rule.Description}\n");
            text.Append($"Plazo:        {deadline.Term} {deadline.Unit.ToSpanish()} ({deadline.Unit.ToSlug()})\n");
            text.Append(calendar.Office != null
                ? $"Oficina:      {calendar.Office.Name} ({calendar.Office.Slug})\n"
                : "Oficina:      en el exterior (solo zona horaria; feriados nacionales de Chile)\n");
            text.Append($"Zona horaria: {deadline.TimeZoneId}{(calendar.TimeZone.IsFallback ? " — " + calendar.TimeZone.FallbackNote : string.Empty)}\n");
            text.Append($"Inicio:       {Local(quote.StartLocal)}\n");
            text.Append($"Vence:        {quote.DueLocalText} ({Utc(deadline.DueUtc)})\n");
            text.Append($"En riesgo:    {quote.WarningLocalText} ({Utc(deadline.WarningUtc)})\n");
            if (deadline.Skipped.Count > 0)
            {
                text.Append("Días no hábiles omitidos:\n");
                foreach (var day in deadline.Skipped)
                {
                    text.Append($"  {day.Date}  {day.Description}\n");
                }
            }
            if (leadTime != null)
            {
                text.Append($"Antelación:   {leadTime.Summary}\n");
            }
            return text.ToString();
        }
    }

    /// <summary>The `sla` command's inputs, as typed.</summary>
    internal sealed class SlaRequest
    {
        public SlaRequest(string rule, string start, string? office, string? timeZone, string format, string? visit)
        {
            Rule = rule;
            Start = start;
            Office = office;
            TimeZone = timeZone;
            Format = format;
            Visit = visit;
        }

        public string Rule { get; }

        public string Start { get; }

        public string? Office { get; }

        public string? TimeZone { get; }

        public string Format { get; }

        public string? Visit { get; }
    }
}
