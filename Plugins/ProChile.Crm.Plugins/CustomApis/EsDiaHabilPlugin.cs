using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// pch_EsDiaHabil (D1, D4, D5): whether a date is a business day in an office's calendar and, when it is not,
    /// why (weekend, or which holiday and its law). Service calls: 1 RetrieveMultiple (holidays), as SYSTEM.
    /// </summary>
    [CustomApi(CustomApiNames.EsDiaHabil, "¿Es día hábil?", "Is it a business day?",
        "D1, D4, D5: si una fecha es día hábil en el calendario de una oficina y, si no lo es, por qué (fin de semana o feriado).",
        "D1, D4, D5: whether a date is a business day in an office's calendar and, if not, why (weekend or holiday).",
        IsFunction = true)]
    [CustomApiRequest(Date, CustomApiType.String, "Fecha", "Date", "La fecha, aaaa-mm-dd (hora local de la oficina).", "The date, yyyy-mm-dd (the office's local date).")]
    [CustomApiRequest(OfficeCalendarInput.Office, CustomApiType.String, "Oficina", "Office", OfficeCalendarInput.OfficeDescriptionEs, OfficeCalendarInput.OfficeDescriptionEn, IsOptional = true)]
    [CustomApiRequest(OfficeCalendarInput.TimeZone, CustomApiType.String, "Zona horaria", "Time zone", OfficeCalendarInput.TimeZoneDescriptionEs, OfficeCalendarInput.TimeZoneDescriptionEn, IsOptional = true)]
    [CustomApiResponse(IsBusinessDay, CustomApiType.Boolean, "Es hábil", "Is a business day", "Verdadero si la fecha es día hábil en esa oficina.", "True when the date is a business day at that office.")]
    [CustomApiResponse(Reason, CustomApiType.String, "Motivo", "Reason", "Por qué no es hábil (fin de semana o feriado y su ley); vacío si lo es.", "Why it is not a business day (weekend, or the holiday and its law); empty when it is.")]
    public sealed class EsDiaHabilPlugin : PluginBase
    {
        public const string Date = "Fecha";
        public const string IsBusinessDay = "EsHabil";
        public const string Reason = "Motivo";

        protected override void Execute(PluginExecution execution)
        {
            var date = ApiInputs.RequiredDate(execution, Date);
            var nonBusiness = OfficeCalendarInput.Read(execution).BusinessDays.NonBusinessDayOn(date);
            execution.Context.OutputParameters[IsBusinessDay] = nonBusiness == null;
            execution.Context.OutputParameters[Reason] = nonBusiness?.Description ?? string.Empty;
        }
    }
}
