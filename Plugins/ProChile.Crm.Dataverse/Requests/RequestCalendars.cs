using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Requests
{
    /// <summary>
    /// D4/D5: what a request's deadline counts in: the offices' calendars and the admins' one-off holidays they were
    /// built from, so a projection can stamp which holidays it saw (<see cref="HolidaySetFingerprint"/>). Immutable;
    /// read once per execution.
    /// </summary>
    public sealed class RequestCalendars
    {
        public RequestCalendars(OfficeCalendars offices, IReadOnlyList<Holiday> oneOffHolidays)
        {
            Offices = offices ?? throw new ArgumentNullException(nameof(offices));
            OneOffHolidays = oneOffHolidays ?? throw new ArgumentNullException(nameof(oneOffHolidays));
        }

        /// <summary>The calendars with the admins' one-off holidays as stored now (one RetrieveMultiple, pch_holiday).</summary>
        public static RequestCalendars Read(IOrganizationService service)
        {
            var holidays = OneOffHolidayRows.Read(service);
            return new RequestCalendars(OfficeCalendarCache.Shared.For(holidays), holidays);
        }

        public OfficeCalendars Offices { get; }

        /// <summary>The admins' one-off holidays (pch_holiday rows) the calendars observe.</summary>
        public IReadOnlyList<Holiday> OneOffHolidays { get; }

        /// <summary>D4: the calendar of the office that owes the answer (<see cref="RequestProjection.CalendarOf"/>).</summary>
        public OfficeCalendar CalendarOf(Entity request) => RequestProjection.CalendarOf(request, Offices);

        /// <summary>
        /// D5: the fingerprint (<see cref="HolidaySetFingerprint"/>) of the one-off holidays, as stored now, that can move
        /// a term from <paramref name="startUtc"/> to <paramref name="dueUtc"/>: those dated from the start's date to the
        /// due's date, one day of margin each side for the offices' zones around midnight. A holiday outside that window
        /// cannot move the due instant, so adding or removing one leaves the request's fingerprint, and the request, alone.
        /// </summary>
        public string HolidaySetOf(DateTime startUtc, DateTime dueUtc) =>
            HolidaySetFingerprint.Of(OneOffHolidays, CivilDate.FromDateTime(startUtc), dueUtc);
    }
}
