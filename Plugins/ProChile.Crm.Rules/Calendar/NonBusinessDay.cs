using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>Why a day is not a business day (D1).</summary>
    public enum NonBusinessReason
    {
        Saturday = 0,
        Sunday = 1,

        /// <summary>A legal holiday (D5), whatever the weekday; see <see cref="NonBusinessDay.Holiday"/>.</summary>
        Holiday = 2,
    }

    /// <summary>
    /// A day a business-day term skipped (D1), with its reason: a holiday (named, with its law) or a weekend
    /// day. A holiday that falls on a weekend is reported as the holiday, the more telling reason.
    /// </summary>
    public sealed class NonBusinessDay
    {
        public NonBusinessDay(CivilDate date, Holiday? holiday)
        {
            if (holiday == null && !date.IsWeekend)
            {
                throw new ArgumentException($"{date} is a weekday and no holiday was given; a business day cannot be skipped.", nameof(holiday));
            }
            Date = date;
            Holiday = holiday;
            Reason = holiday != null
                ? NonBusinessReason.Holiday
                : date.DayOfWeek == DayOfWeek.Saturday ? NonBusinessReason.Saturday : NonBusinessReason.Sunday;
        }

        public CivilDate Date { get; }

        public NonBusinessReason Reason { get; }

        /// <summary>The holiday, when <see cref="Reason"/> is <see cref="NonBusinessReason.Holiday"/>; else null.</summary>
        public Holiday? Holiday { get; }

        /// <summary>The reason in Spanish, as shown to executives: the holiday's name, or "sábado"/"domingo".</summary>
        public string Description
        {
            get
            {
                switch (Reason)
                {
                    case NonBusinessReason.Holiday:
                        return Holiday!.Name;
                    case NonBusinessReason.Saturday:
                        return "Sábado";
                    default:
                        return "Domingo";
                }
            }
        }

        /// <summary>
        /// D1/D5: the day as one Spanish line an executive can check against a calendar: "23-05-2026 Sábado",
        /// "29-06-2026 San Pedro y San Pablo (Ley 19.668)" (a holiday carries its law).
        /// </summary>
        public string SpanishLine =>
            SpanishFormat.Date(Date) + " " + Description + (Holiday == null ? string.Empty : " (" + Holiday.LegalBasis + ")");

        /// <summary>
        /// The skipped days, one <see cref="SpanishLine"/> each, separated by "\n"; empty when none. The one text the
        /// request plugin stores in pch_skippeddays and the workflow activities return, so a process can copy one into the other.
        /// </summary>
        public static string SpanishLines(IEnumerable<NonBusinessDay> days) =>
            string.Join("\n", (days ?? throw new ArgumentNullException(nameof(days))).Select(d => d.SpanishLine));

        public override string ToString() => $"{Date} {Description}";
    }
}
