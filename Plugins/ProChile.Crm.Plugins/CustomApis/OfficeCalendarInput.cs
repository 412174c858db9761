using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Plugins.Pipeline;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Plugins.CustomApis
{
    /// <summary>
    /// D4/D5: the calendar a calendar API counts in, from its two optional parameters: «Oficina» (a regional office's
    /// slug, as <c>prochile holidays --office</c> takes it) or «ZonaHoraria» (a commercial office abroad: Chilean
    /// national holidays in its zone); neither means Nivel Central. The one-off holidays are the admins' pch_holiday
    /// rows, read as SYSTEM so the answer does not depend on who asks (one query per call; calendars cached by content).
    /// </summary>
    public static class OfficeCalendarInput
    {
        public const string Office = "Oficina";
        public const string TimeZone = "ZonaHoraria";

        public const string OfficeDescriptionEs = "Slug de la oficina regional que cuenta (p. ej., valparaiso, nivel-central); por omisión, nivel-central.";
        public const string OfficeDescriptionEn = "Slug of the regional office that counts (e.g. valparaiso, nivel-central); nivel-central when omitted.";
        public const string TimeZoneDescriptionEs = "Para una oficina comercial en el exterior: su zona horaria IANA o Windows (feriados nacionales de Chile). No se combina con «Oficina».";
        public const string TimeZoneDescriptionEn = "For a commercial office abroad: its IANA or Windows time zone (Chilean national holidays). Not combined with «Oficina».";

        // Immutable and thread-safe (keyed by the holidays' content), shared by every execution.
        private static readonly OfficeCalendarCache Cache = OfficeCalendarCache.Shared;

        /// <summary>The calendar asked for; a Spanish refusal naming the parameter for an unknown office or zone, or both given.</summary>
        internal static OfficeCalendar Read(PluginExecution execution)
        {
            var office = ApiInputs.Text(execution, Office);
            var zone = ApiInputs.Text(execution, TimeZone);
            if (office != null && zone != null)
            {
                throw new Microsoft.Xrm.Sdk.InvalidPluginExecutionException(
                    $"Se indicaron «{Office}» («{office}») y «{TimeZone}» («{zone}»); se acepta solo una de las dos: la oficina regional o la zona horaria de la oficina comercial.");
            }
            if (office != null && !Offices.TryGet(office, out _))
            {
                throw ApiInputs.Invalid(Office, office, "el slug de una oficina: " + string.Join(", ", Offices.Slugs));
            }
            if (zone != null && !TimeZoneResolver.ForPlatform().TryResolve(zone, out _))
            {
                throw ApiInputs.Invalid(TimeZone, zone, "un id de zona horaria IANA (p. ej., Europe/Madrid) o de Windows (p. ej., Romance Standard Time)");
            }
            // Read as SYSTEM: the calendar must hold every one-off holiday, whoever calls.
            var calendars = Cache.For(OneOffHolidayRows.Read(execution.SystemService));
            return DeadlineQuote.CalendarOf(calendars, office, zone);
        }
    }
}
