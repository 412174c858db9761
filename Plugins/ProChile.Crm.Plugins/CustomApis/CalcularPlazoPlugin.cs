using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// pch_CalcularPlazo (S1..S14, D1-D6): the deadline a protocol rule gives for an event at an instant, owed by a
    /// regional office or a commercial office abroad, with the admins' one-off holidays and D6 settings. The
    /// computation is <see cref="DeadlineQuote"/>, the one <c>prochile sla</c> runs, so both answer alike.
    /// Service calls: 2 RetrieveMultiple (settings, holidays), as SYSTEM: the answer must not depend on who asks.
    /// </summary>
    [CustomApi(CustomApiNames.CalcularPlazo, "Calcular plazo del protocolo", "Calculate a protocol deadline",
        "S1-S14, D1-D6: vencimiento (UTC y hora local de la oficina), inicio del riesgo, término y días no hábiles omitidos del plazo de una regla, contado desde un instante por la oficina que lo debe.",
        "S1-S14, D1-D6: due instant (UTC and the office's local time), warning instant, term and skipped non-business days of a rule's deadline, counted from an instant by the office that owes it.",
        IsFunction = true)]
    [CustomApiRequest(Rule, CustomApiType.String, "Regla", "Rule", "La regla de plazo del protocolo: S1 a S14.", "The protocol's deadline rule: S1 to S14.")]
    [CustomApiRequest(Start, CustomApiType.DateTime, "Inicio", "Start", "El instante del evento que inicia el plazo (UTC).", "The instant of the event that starts the deadline (UTC).")]
    [CustomApiRequest(OfficeCalendarInput.Office, CustomApiType.String, "Oficina", "Office", OfficeCalendarInput.OfficeDescriptionEs, OfficeCalendarInput.OfficeDescriptionEn, IsOptional = true)]
    [CustomApiRequest(OfficeCalendarInput.TimeZone, CustomApiType.String, "Zona horaria", "Time zone", OfficeCalendarInput.TimeZoneDescriptionEs, OfficeCalendarInput.TimeZoneDescriptionEn, IsOptional = true)]
    [CustomApiResponse(Due, CustomApiType.DateTime, "Vencimiento", "Due", "El último instante del plazo (UTC).", "The deadline's last instant (UTC).")]
    [CustomApiResponse(DueLocal, CustomApiType.String, "Vencimiento local", "Local due", "El vencimiento en la hora local de la oficina, con su desfase (aaaa-mm-ddThh:mm:ss±hh:mm).", "The due instant in the office's local time, with its offset.")]
    [CustomApiResponse(WarningAt, CustomApiType.DateTime, "En riesgo desde", "At risk from", "D6: el instante desde el que el plazo está en riesgo (UTC).", "D6: the instant from which the deadline is at risk (UTC).")]
    [CustomApiResponse(WarningLocal, CustomApiType.String, "En riesgo desde (local)", "At risk from (local)", "D6: el inicio del riesgo en la hora local de la oficina.", "D6: the warning instant in the office's local time.")]
    [CustomApiResponse(Term, CustomApiType.String, "Término", "Term", "El término en palabras, p. ej. «4 días hábiles (S7)».", "The term in words, e.g. «4 días hábiles (S7)».")]
    [CustomApiResponse(Skipped, CustomApiType.String, "Días no hábiles omitidos", "Skipped non-business days", "Un día por línea: «aaaa-mm-dd motivo»; vacío si no se omitió ninguno.", "One day per line: «yyyy-mm-dd reason»; empty when none was skipped.")]
    [CustomApiResponse(TimeZoneUsed, CustomApiType.String, "Zona horaria usada", "Time zone used", "La zona horaria IANA en que se contó el plazo.", "The IANA time zone the deadline was counted in.")]
    public sealed class CalcularPlazoPlugin : PluginBase
    {
        public const string Rule = "Regla";
        public const string Start = "Inicio";
        public const string Due = "Vencimiento";
        public const string DueLocal = "VencimientoLocal";
        public const string WarningAt = "EnRiesgoDesde";
        public const string WarningLocal = "EnRiesgoDesdeLocal";
        public const string Term = "Termino";
        public const string Skipped = "DiasOmitidos";
        public const string TimeZoneUsed = "ZonaHorariaUsada";

        protected override void Execute(PluginExecution execution)
        {
            var ruleText = ApiInputs.RequiredText(execution, Rule, "una regla de S1 a S14");
            if (!ProtocolDeadlines.TryGet(ruleText, out var rule))
            {
                throw ApiInputs.Invalid(Rule, ruleText, "una regla de plazo del protocolo, de S1 a S14");
            }
            var start = ApiInputs.RequiredInstant(execution, Start);
            var calendar = OfficeCalendarInput.Read(execution);
            // Read as SYSTEM: D6's settings apply to everyone alike.
            var settings = SettingsReader.Read(execution.SystemService, execution.Tracing);
            DeadlineQuote quote;
            try
            {
                quote = DeadlineQuote.Compute(rule, start, calendar, settings.DeadlineWarnings);
            }
            catch (DateOutsideCalendarException)
            {
                throw ApiInputs.Invalid(Start, DeadlineQuote.Utc(start), "un inicio cuyo plazo termine dentro del calendario hábil chileno");
            }

            var output = execution.Context.OutputParameters;
            output[Due] = quote.Deadline.DueUtc;
            output[DueLocal] = quote.DueLocalText;
            output[WarningAt] = quote.Deadline.WarningUtc;
            output[WarningLocal] = quote.WarningLocalText;
            output[Term] = quote.Deadline.SpanishTerm;
            output[Skipped] = quote.SkippedText;
            output[TimeZoneUsed] = quote.Deadline.TimeZoneId;
            execution.Trace("{0}", quote.Deadline);
        }
    }
}
