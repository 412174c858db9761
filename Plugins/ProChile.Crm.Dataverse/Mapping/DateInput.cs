using System;
using System.Globalization;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>
    /// A date a caller (a classic workflow, a Custom API) hands us as a <see cref="DateTime"/> to ask a question
    /// about a day: which day it is depends on what kind of column it came from, so it is read one of two ways.
    /// <list type="bullet">
    /// <item>A value at exactly 00:00:00 with no time part is a <b>civil date</b>: the date itself. That is how
    /// Dataverse passes a Date Only column ("stores the date value with the time value as 12:00 AM (00:00:00)
    /// without the time zone information": DateTimeBehavior.DateOnly, learn.microsoft.com/dotnet/api/
    /// microsoft.xrm.sdk.metadata.datetimebehavior.dateonly; "Behavior and format of the date and time column",
    /// learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute). Read as an
    /// instant, 18 September 00:00 UTC is the evening of 17 September in Chile, and every answer would be a day off.</item>
    /// <item>Any other value is an <b>instant</b> (a User Local column, stored in UTC) and its date is the office's
    /// local date at that instant (D4).</item>
    /// </list>
    /// The one ambiguous value is a real instant at exactly 00:00:00 UTC (21:00 in Santiago in summer, 20:00 in
    /// winter, 21:00 in Magallanes and Aysén all year): it is read as the next day's date, the reading a workflow
    /// maker means far more often, and <see cref="Reading"/> says so in the trace. A User Local column shown as date
    /// only keeps local midnight (03:00 or 04:00 UTC) and so reads right as an instant.
    /// It holds no office: the date of an instant is asked of the office's calendar.
    /// </summary>
    public readonly struct DateInput
    {
        private DateInput(DateTime utc, bool isCivilDate)
        {
            Utc = utc;
            IsCivilDate = isCivilDate;
        }

        /// <summary>The value as given, marked UTC.</summary>
        public DateTime Utc { get; }

        /// <summary>True when the value is read as a date (a Date Only column), false when as an instant.</summary>
        public bool IsCivilDate { get; }

        /// <summary>The civil date itself; meaningful only when <see cref="IsCivilDate"/>.</summary>
        public CivilDate CivilDate => CivilDate.FromDateTime(Utc);

        /// <summary>Reads <paramref name="value"/>, which Dataverse gives in UTC or unspecified kind.</summary>
        /// <exception cref="ArgumentException">The value is in the server's local time (a mistake in the caller).</exception>
        public static DateInput Read(DateTime value)
        {
            if (value.Kind == DateTimeKind.Local)
            {
                throw new ArgumentException("A date input arrives from Dataverse in UTC or unspecified kind, never in the server's local time.", nameof(value));
            }
            var utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
            return new DateInput(utc, utc.TimeOfDay == TimeSpan.Zero);
        }

        /// <summary>The date the input names in <paramref name="calendar"/>'s office: the civil date, or the instant's local date.</summary>
        public CivilDate DateIn(OfficeCalendar calendar) => IsCivilDate ? CivilDate : calendar.DateAt(Utc);

        /// <summary>
        /// The instant a term counts from: the instant itself, or for a civil date the first instant of that date in
        /// the office's zone (the same day for business- and calendar-day terms; hours count from local midnight).
        /// </summary>
        public DateTime StartUtcIn(OfficeCalendar calendar) => IsCivilDate ? calendar.DayStartUtc(CivilDate) : Utc;

        /// <summary>For the trace: the value, the reading used and the date it gave in <paramref name="calendar"/>.</summary>
        public string Reading(OfficeCalendar calendar) => IsCivilDate
            ? $"{Shown} leído como la fecha {CivilDate} (medianoche sin hora: columna Solo fecha)"
            : $"{Shown} leído como instante: fecha local {calendar.DateAt(Utc)} en {calendar.TimeZone.Id}";

        /// <summary>The value for messages: the date alone, or the instant in UTC.</summary>
        public string Shown => IsCivilDate
            ? CivilDate.ToString()
            : Utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

        public override string ToString() => Shown;
    }
}
