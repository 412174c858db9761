using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// A Custom API's request parameters, read typed, with the Spanish message a flow's maker sees for bad input:
    /// the parameter, the value in «», then what is accepted. Dataverse has already checked that required ones are
    /// present and of their declared type; what is left is their meaning.
    /// </summary>
    internal static class ApiInputs
    {
        public static string? Text(PluginExecution execution, string name) =>
            execution.Context.InputParameters.TryGetValue<string>(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

        public static string RequiredText(PluginExecution execution, string name, string expected) =>
            Text(execution, name) ?? throw Missing(name, expected);

        public static int? Integer(PluginExecution execution, string name) =>
            execution.Context.InputParameters.TryGetValue<int>(name, out var value) ? value : (int?)null;

        public static int RequiredInteger(PluginExecution execution, string name, string expected) =>
            Integer(execution, name) ?? throw Missing(name, expected);

        /// <summary>An instant: Dataverse hands date-and-time parameters over in UTC.</summary>
        public static DateTime RequiredInstant(PluginExecution execution, string name)
        {
            if (!execution.Context.InputParameters.TryGetValue<DateTime>(name, out var value) || value == default)
            {
                throw Missing(name, "una fecha y hora");
            }
            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
            // A day of margin on each side: the instant's local date, not its UTC date, must be in the calendar.
            if (utc < CalendarRange.FirstDate.ToDateTime().AddDays(1) || utc >= CalendarRange.LastDate.ToDateTime())
            {
                throw Invalid(name, utc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                    $"un instante entre los años {CalendarRange.FirstYear} y {CalendarRange.LastYear}, los que cubre el calendario hábil chileno");
            }
            return utc;
        }

        /// <summary>A civil date written aaaa-mm-dd, inside the calendar's years.</summary>
        public static CivilDate RequiredDate(PluginExecution execution, string name)
        {
            const string Expected = "una fecha aaaa-mm-dd (p. ej., 2026-09-16)";
            var text = RequiredText(execution, name, Expected);
            if (!CivilDate.TryParse(text, out var date))
            {
                throw Invalid(name, text, Expected);
            }
            if (!CalendarRange.Contains(date))
            {
                throw Invalid(name, text, $"una fecha entre los años {CalendarRange.FirstYear} y {CalendarRange.LastYear}, los que cubre el calendario hábil chileno");
            }
            return date;
        }

        public static InvalidPluginExecutionException Missing(string name, string expected) =>
            new InvalidPluginExecutionException($"Falta el parámetro «{name}»; se acepta {expected}.");

        public static InvalidPluginExecutionException Invalid(string name, object value, string expected) =>
            new InvalidPluginExecutionException($"El parámetro «{name}» trae «{value}», que no es válido; se acepta {expected}.");
    }
}
