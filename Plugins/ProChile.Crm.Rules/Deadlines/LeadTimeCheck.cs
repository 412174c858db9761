using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// S14: an importer's visit to Chile should be requested at least 30 calendar days ahead; a shorter notice
    /// needs agreement between the offices, so it is flagged, never blocked. The notice counts calendar days
    /// from the request's local date (D2: the day after the request is day 1), so the visit holds when it falls
    /// on or after day 30. The minimum is a setting with the protocol's default.
    /// </summary>
    public sealed class LeadTimeCheck
    {
        public const int DefaultMinimumDays = 30;

        private LeadTimeCheck(CivilDate requestDate, CivilDate visitDate, int minimumDays)
        {
            RequestDate = requestDate;
            VisitDate = visitDate;
            MinimumDays = minimumDays;
        }

        /// <summary>Checks the notice between a request at <paramref name="requestedAt"/> and a visit on <paramref name="visitDate"/>.</summary>
        public static LeadTimeCheck Evaluate(DateTimeOffset requestedAt, CivilDate visitDate, OfficeCalendar calendar, int minimumDays = DefaultMinimumDays)
        {
            if (calendar == null) throw new ArgumentNullException(nameof(calendar));
            if (minimumDays < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(minimumDays), minimumDays, "Se aceptan 0 o más días.");
            }
            return new LeadTimeCheck(calendar.DateAt(requestedAt.UtcDateTime), visitDate, minimumDays);
        }

        /// <summary>The request's date in the office's zone.</summary>
        public CivilDate RequestDate { get; }

        public CivilDate VisitDate { get; }

        public int MinimumDays { get; }

        /// <summary>Calendar days from the request's date to the visit's (negative when the visit is earlier).</summary>
        public int DaysOfNotice => VisitDate - RequestDate;

        /// <summary>The first visit date that respects the minimum notice.</summary>
        public CivilDate EarliestCompliantVisit => RequestDate.AddDays(MinimumDays);

        /// <summary>True when the notice is at least the minimum; false means "flag it: needs agreement between the offices".</summary>
        public bool Holds => DaysOfNotice >= MinimumDays;

        /// <summary>A Spanish line for executives.</summary>
        public string Summary => Holds
            ? $"La visita del {VisitDate} tiene {DaysOfNotice} días de antelación (mínimo {MinimumDays})."
            : $"La visita del {VisitDate} tiene solo {DaysOfNotice} días de antelación (mínimo {MinimumDays}); requiere acuerdo entre las oficinas.";
    }
}
