using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// pch_ContarDiasHabiles (D1, D4, D5): the business days strictly after one date up to and including another,
    /// in an office's calendar. Service calls: 1 RetrieveMultiple (holidays), as SYSTEM.
    /// </summary>
    [CustomApi(CustomApiNames.ContarDiasHabiles, "Contar días hábiles", "Count business days",
        "D1, D4, D5: los días hábiles después de una fecha y hasta otra (incluida), en el calendario de una oficina.",
        "D1, D4, D5: the business days after one date up to and including another, in an office's calendar.",
        IsFunction = true)]
    [CustomApiRequest(From, CustomApiType.String, "Desde", "From", "La fecha después de la cual se cuenta, aaaa-mm-dd.", "The date after which days are counted, yyyy-mm-dd.")]
    [CustomApiRequest(Through, CustomApiType.String, "Hasta", "Through", "La última fecha que se cuenta (incluida), aaaa-mm-dd; no antes de «Desde».", "The last date counted (included), yyyy-mm-dd; not before «Desde».")]
    [CustomApiRequest(OfficeCalendarInput.Office, CustomApiType.String, "Oficina", "Office", OfficeCalendarInput.OfficeDescriptionEs, OfficeCalendarInput.OfficeDescriptionEn, IsOptional = true)]
    [CustomApiRequest(OfficeCalendarInput.TimeZone, CustomApiType.String, "Zona horaria", "Time zone", OfficeCalendarInput.TimeZoneDescriptionEs, OfficeCalendarInput.TimeZoneDescriptionEn, IsOptional = true)]
    [CustomApiResponse(Count, CustomApiType.Integer, "Días hábiles", "Business days", "Los días hábiles contados.", "The business days counted.")]
    public sealed class ContarDiasHabilesPlugin : PluginBase
    {
        public const string From = "Desde";
        public const string Through = "Hasta";
        public const string Count = "DiasHabiles";

        protected override void Execute(PluginExecution execution)
        {
            var from = ApiInputs.RequiredDate(execution, From);
            var through = ApiInputs.RequiredDate(execution, Through);
            if (through < from)
            {
                throw ApiInputs.Invalid(Through, through, $"una fecha igual o posterior a «{From}» ({from})");
            }
            execution.Context.OutputParameters[Count] = OfficeCalendarInput.Read(execution).BusinessDays.CountBusinessDays(from, through);
        }
    }
}
