using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    /// <summary>
    /// The calendars the tests share: built once from this platform's zones and the shipped one-off holidays
    /// (building one tabulates a century, so tests do not rebuild it). Immutable once built.
    /// </summary>
    internal static class TestCalendars
    {
        public static readonly OfficeCalendars Platform = OfficeCalendars.WithKnownHolidays();

        public static NationalHolidayRules NationalRules => Platform.NationalRules;

        public static OfficeCalendar NivelCentral => Platform.ForOffice(Offices.NivelCentral);

        public static OfficeCalendar For(string officeSlug) => Platform.ForOffice(officeSlug);

        public static CivilDate Date(int year, int month, int day) => new CivilDate(year, month, day);
    }
}
