using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// pch_SumarDiasHabiles (D1, D4, D5): the N-th business day after a date in an office's calendar (day 1 is the
    /// first business day after it; 0 gives the date itself), with the non-business days it skipped.
    /// Service calls: 1 RetrieveMultiple (holidays), as SYSTEM.
    /// </summary>
    [CustomApi(CustomApiNames.SumarDiasHabiles, "Sumar días hábiles", "Add business days",
        "D1, D4, D5: el día hábil número N después de una fecha, en el calendario de una oficina (sus feriados regionales y los puntuales que registran los administradores).",
        "D1, D4, D5: the N-th business day after a date, in an office's calendar (its regional holidays and the one-off holidays admins record).",
        IsFunction = true)]
    [CustomApiRequest(Date, CustomApiType.String, "Fecha", "Date", "La fecha desde la que se cuenta, aaaa-mm-dd (hora local de la oficina).", "The date counted from, yyyy-mm-dd (the office's local date).")]
    [CustomApiRequest(Days, CustomApiType.Integer, "Días hábiles", "Business days", "Cuántos días hábiles sumar: de 0 a 1000.", "How many business days to add: 0 to 1000.")]
    [CustomApiRequest(OfficeCalendarInput.Office, CustomApiType.String, "Oficina", "Office", OfficeCalendarInput.OfficeDescriptionEs, OfficeCalendarInput.OfficeDescriptionEn, IsOptional = true)]
    [CustomApiRequest(OfficeCalendarInput.TimeZone, CustomApiType.String, "Zona horaria", "Time zone", OfficeCalendarInput.TimeZoneDescriptionEs, OfficeCalendarInput.TimeZoneDescriptionEn, IsOptional = true)]
    [CustomApiResponse(Result, CustomApiType.String, "Resultado", "Result", "El día hábil alcanzado, aaaa-mm-dd.", "The business day reached, yyyy-mm-dd.")]
    [CustomApiResponse(Skipped, CustomApiType.String, "Días no hábiles omitidos", "Skipped non-business days", "Un día por línea: «aaaa-mm-dd motivo»; vacío si no se omitió ninguno.", "One day per line: «yyyy-mm-dd reason»; empty when none was skipped.")]
    public sealed class SumarDiasHabilesPlugin : PluginBase
    {
        public const string Date = "Fecha";
        public const string Days = "DiasHabiles";
        public const string Result = "Resultado";
        public const string Skipped = "DiasOmitidos";
        public const int MaximumDays = 1000;

        protected override void Execute(PluginExecution execution)
        {
            var date = ApiInputs.RequiredDate(execution, Date);
            int days = ApiInputs.RequiredInteger(execution, Days, $"un número entero de días hábiles de 0 a {MaximumDays}");
            if (days < 0 || days > MaximumDays)
            {
                throw ApiInputs.Invalid(Days, days, $"un número entero de días hábiles de 0 a {MaximumDays}");
            }
            var businessDays = OfficeCalendarInput.Read(execution).BusinessDays;
            CivilDate result;
            try
            {
                result = businessDays.AddBusinessDays(date, days);
            }
            catch (DateOutsideCalendarException)
            {
                throw ApiInputs.Invalid(Days, days, $"una cantidad que no pase del año {CalendarRange.LastYear} desde «{date}»");
            }
            execution.Context.OutputParameters[Result] = result.ToString();
            execution.Context.OutputParameters[Skipped] = string.Join("\n", Lines(businessDays, date, result));
        }

        private static System.Collections.Generic.IEnumerable<string> Lines(BusinessCalendar businessDays, CivilDate from, CivilDate to)
        {
            foreach (var day in businessDays.NonBusinessDaysBetween(from, to))
            {
                yield return day.Date + " " + day.Description;
            }
        }
    }
}
