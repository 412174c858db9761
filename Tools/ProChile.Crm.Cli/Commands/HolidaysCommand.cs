using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// `prochile holidays --year YYYY [--office SLUG] [--format table|csv|json]`: the Chilean legal holidays of a
    /// year (D5). Without --office, the national ones; with it, also that office's regional ones.
    /// </summary>
    internal static class HolidaysCommand
    {
        private static readonly string[] Formats = { "table", "csv", "json" };

        public static Command Create(TextWriter stdout)
        {
            var year = new Option<string>("--year") { Description = $"Year, {CalendarRange.FirstYear}..{CalendarRange.LastYear}.", Required = true };
            var office = new Option<string?>("--office") { Description = "Office slug (adds its regional holidays), e.g. arica-y-parinacota." };
            var format = new Option<string>("--format") { Description = "table, csv or json.", DefaultValueFactory = _ => "table" };
            var command = new Command("holidays", "Feriados legales de Chile de un año (D5), nacionales y, con --office, regionales.")
            {
                year, office, format,
            };
            command.SetAction(parse =>
            {
                stdout.Write(Render(parse.GetValue(year)!, parse.GetValue(office), parse.GetValue(format)!));
                return CliApp.Success;
            });
            return command;
        }

        /// <summary>The whole output, or a <see cref="UsageException"/> naming the bad value.</summary>
        internal static string Render(string yearText, string? officeSlug, string format)
        {
            int year = ParseYear(yearText);
            string chosenFormat = ParseFormat(format);
            var holidays = HolidaysOf(year, officeSlug);
            switch (chosenFormat)
            {
                case "csv":
                    return Csv(holidays);
                case "json":
                    return Json(holidays);
                default:
                    return Table(holidays);
            }
        }

        private static IReadOnlyList<Holiday> HolidaysOf(int year, string? officeSlug)
        {
            var calendars = OfficeCalendars.WithKnownHolidays();
            if (officeSlug == null)
            {
                return new HolidayCalendar(calendars.NationalRules, null, KnownOneOffHolidays.All).InYear(year);
            }
            if (!Offices.TryGet(officeSlug, out var office))
            {
                throw new UsageException(new UnknownOfficeException(officeSlug).Message);
            }
            return calendars.HolidaysFor(office).InYear(year);
        }

        private static int ParseYear(string text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || !CalendarRange.Contains(year))
            {
                throw new UsageException($"--year «{text}» no es válido; se acepta un año entre {CalendarRange.FirstYear} y {CalendarRange.LastYear}.");
            }
            return year;
        }

        private static string ParseFormat(string format)
        {
            var chosen = Formats.FirstOrDefault(f => string.Equals(f, format, StringComparison.OrdinalIgnoreCase));
            return chosen ?? throw new UsageException($"--format «{format}» no es válido; se acepta table, csv o json.");
        }

        private static string ScopeName(Holiday holiday) => holiday.Scope == HolidayScope.National ? "national" : "regional";

        private static string Csv(IReadOnlyList<Holiday> holidays)
        {
            var text = new StringBuilder("date,name,scope\n");
            foreach (var holiday in holidays)
            {
                text.Append(holiday.Date).Append(',').Append(CsvField(holiday.Name)).Append(',').Append(ScopeName(holiday)).Append('\n');
            }
            return text.ToString();
        }

        // RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.
        private static string CsvField(string value) =>
            value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

        private static string Json(IReadOnlyList<Holiday> holidays) => JsonText.Write(json =>
        {
            json.WriteStartArray();
            foreach (var holiday in holidays)
            {
                json.WriteStartObject();
                json.WriteString("date", holiday.Date.ToString());
                json.WriteString("name", holiday.Name);
                json.WriteString("scope", ScopeName(holiday));
                if (holiday.Region != null)
                {
                    json.WriteString("region", holiday.Region);
                }
                json.WriteString("legalBasis", holiday.LegalBasis);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });

        private static string Table(IReadOnlyList<Holiday> holidays)
        {
            var spanish = CultureInfo.GetCultureInfo("es-CL");
            var rows = holidays.Select(h => new[]
            {
                h.Date.ToString(),
                spanish.DateTimeFormat.GetDayName(h.Date.DayOfWeek),
                h.Name,
                ScopeName(h) + (h.Region != null ? " (" + h.Region + ")" : string.Empty),
                h.LegalBasis,
            }).ToList();
            rows.Insert(0, new[] { "date", "day", "name", "scope", "legal basis" });
            var widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => r[c].Length)).ToArray();
            var text = new StringBuilder();
            foreach (var row in rows)
            {
                text.Append(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
            }
            return text.ToString();
        }
    }
}
