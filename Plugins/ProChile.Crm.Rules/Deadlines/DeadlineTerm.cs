using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// A term of the protocol: a length and how it is counted (D1 business days, D2 calendar days, D3 hours).
    /// Given the event instant and the office's calendar it computes the <see cref="Deadline"/>. The three kinds
    /// are the only ones; a term knows no rule id and no office.
    /// </summary>
    public abstract class DeadlineTerm
    {
        internal DeadlineTerm(int length)
        {
            if (length < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length, "Se acepta un plazo de 0 o más.");
            }
            Length = length;
        }

        public abstract TermUnit Unit { get; }

        public int Length { get; }

        /// <summary>D1: <paramref name="days"/> business days.</summary>
        public static DeadlineTerm BusinessDays(int days) => new BusinessDayTerm(days);

        /// <summary>D2: <paramref name="days"/> calendar days.</summary>
        public static DeadlineTerm CalendarDays(int days) => new CalendarDayTerm(days);

        /// <summary>D3: <paramref name="hours"/> elapsed hours.</summary>
        public static DeadlineTerm Hours(int hours) => new ElapsedHoursTerm(hours);

        /// <summary>The deadline of rule <paramref name="ruleId"/> for an event at <paramref name="start"/>, counted in <paramref name="calendar"/>.</summary>
        public Deadline DeadlineFrom(string ruleId, DateTimeOffset start, OfficeCalendar calendar, DeadlineWarningSettings? settings = null) =>
            Compute(RequireRuleId(ruleId), start.UtcDateTime, calendar ?? throw new ArgumentNullException(nameof(calendar)), settings ?? DeadlineWarningSettings.Default);

        /// <summary>The same, for an event instant given in UTC (as Dataverse stores it).</summary>
        public Deadline DeadlineFrom(string ruleId, DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings? settings = null) =>
            Compute(RequireRuleId(ruleId), Instants.RequireUtc(startUtc, nameof(startUtc)), calendar ?? throw new ArgumentNullException(nameof(calendar)), settings ?? DeadlineWarningSettings.Default);

        private static string RequireRuleId(string ruleId) =>
            string.IsNullOrWhiteSpace(ruleId) ? throw new ArgumentException("A deadline needs its rule id (e.g. S1).", nameof(ruleId)) : ruleId;

        internal abstract Deadline Compute(string ruleId, DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings settings);

        /// <summary>D6 for calendar days and hours: at risk once less than the setting's share of the span remains.</summary>
        internal static DateTime WarningByShare(DateTime startUtc, DateTime dueUtc, DeadlineWarningSettings settings)
        {
            long margin = (long)((dueUtc.Ticks - startUtc.Ticks) * settings.ShareOfSpanAtRisk);
            var warning = Instants.TruncateToSecond(new DateTime(dueUtc.Ticks - margin, DateTimeKind.Utc));
            return warning < startUtc ? startUtc : warning;
        }

        public override string ToString() => $"{Length} {Unit.ToSpanish()}";
    }

    /// <summary>
    /// D1: N business days. Day 1 is the first business day strictly after the event's local date (also when the
    /// event falls on a weekend or holiday); due at 23:59:59 local of day N.
    /// </summary>
    public sealed class BusinessDayTerm : DeadlineTerm
    {
        public BusinessDayTerm(int days) : base(days) { }

        public override TermUnit Unit => TermUnit.BusinessDays;

        internal override Deadline Compute(string ruleId, DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings settings)
        {
            // Day indices all the way (see OfficeCalendar): a few array reads, no time zone conversion.
            var business = calendar.BusinessDays;
            int startDay = calendar.DayIndexAt(startUtc);
            int dueDay = business.AddBusinessDaysAt(startDay, Length);
            var dueUtc = calendar.DayEndUtcAt(dueDay);
            return new Deadline(ruleId, Unit, Length, startUtc, dueUtc, calendar.DayEndLocalAt(dueDay),
                Warning(startUtc, startDay, dueUtc, calendar, settings), calendar.TimeZone.Id, business, startDay, dueDay);
        }

        // D6: fewer than k business days remain from the start of business day N-k+1.
        private DateTime Warning(DateTime startUtc, int startDay, DateTime dueUtc, OfficeCalendar calendar, DeadlineWarningSettings settings)
        {
            int atRisk = settings.BusinessDaysAtRisk;
            if (atRisk == 0)
            {
                return dueUtc;
            }
            if (atRisk >= Length)
            {
                return startUtc;
            }
            int warningDay = calendar.BusinessDays.AddBusinessDaysAt(startDay, Length - atRisk + 1);
            return calendar.DayStartUtcAt(warningDay);
        }
    }

    /// <summary>D2: N calendar days; day 1 is the day after the event's local date; due at 23:59:59 local of day N.</summary>
    public sealed class CalendarDayTerm : DeadlineTerm
    {
        public CalendarDayTerm(int days) : base(days) { }

        public override TermUnit Unit => TermUnit.CalendarDays;

        internal override Deadline Compute(string ruleId, DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings settings)
        {
            var dueDate = calendar.DateAt(startUtc).AddDays(Length);
            var dueUtc = calendar.DayEndUtc(dueDate);
            return new Deadline(ruleId, Unit, Length, startUtc, dueUtc, calendar.DayEndLocal(dueDate),
                WarningByShare(startUtc, dueUtc, settings), calendar.TimeZone.Id, null, 0, 0);
        }
    }

    /// <summary>D3: N hours of elapsed time from the event instant, weekends and holidays included.</summary>
    public sealed class ElapsedHoursTerm : DeadlineTerm
    {
        public ElapsedHoursTerm(int hours) : base(hours) { }

        public override TermUnit Unit => TermUnit.Hours;

        internal override Deadline Compute(string ruleId, DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings settings)
        {
            calendar.DateAt(startUtc); // refuses an instant outside the calendar's range, like the other terms
            var dueUtc = startUtc.AddHours(Length);
            calendar.DateAt(dueUtc);
            return new Deadline(ruleId, Unit, Length, startUtc, dueUtc, calendar.TimeZone.ToLocal(dueUtc),
                WarningByShare(startUtc, dueUtc, settings), calendar.TimeZone.Id, null, 0, 0);
        }
    }
}
