using System;
using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// A computed deadline: which rule, its term and unit, when it started, when it is due (UTC and office-local),
    /// when it turns "at risk" (D6), the zone it was counted in, and the non-business days the count skipped.
    /// It is a value: it does not know whether the duty was fulfilled; <see cref="StatusAt"/> is told.
    /// </summary>
    public sealed class Deadline
    {
        private readonly BusinessCalendar? skippedSource;
        private readonly int skippedAfterIndex;
        private readonly int skippedThroughIndex;
        private IReadOnlyList<NonBusinessDay>? skipped;

        /// <summary>A deadline from stored values (e.g. read back from Dataverse); checks that they are consistent.</summary>
        public Deadline(string ruleId, TermUnit unit, int term, DateTime startUtc, DateTime dueUtc, DateTimeOffset dueLocal,
            DateTime warningUtc, string timeZoneId, IReadOnlyList<NonBusinessDay> skipped)
        {
            RuleId = string.IsNullOrWhiteSpace(ruleId) ? throw new ArgumentException("A deadline needs its rule id (e.g. S1).", nameof(ruleId)) : ruleId;
            if (term < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(term), term, "Se acepta un plazo de 0 o más.");
            }
            StartUtc = Instants.RequireUtc(startUtc, nameof(startUtc));
            DueUtc = Instants.RequireUtc(dueUtc, nameof(dueUtc));
            WarningUtc = Instants.RequireUtc(warningUtc, nameof(warningUtc));
            if (DueUtc < StartUtc || WarningUtc < StartUtc || WarningUtc > DueUtc)
            {
                throw new ArgumentException($"Rule {ruleId}: start {startUtc:o}, warning {warningUtc:o} and due {dueUtc:o} must be in that order.", nameof(warningUtc));
            }
            Unit = unit;
            Term = term;
            DueLocal = dueLocal;
            TimeZoneId = timeZoneId ?? throw new ArgumentNullException(nameof(timeZoneId));
            this.skipped = skipped ?? throw new ArgumentNullException(nameof(skipped));
        }

        /// <summary>
        /// A deadline the terms just computed (consistent by construction). Its skipped days stay a range of the
        /// business calendar's table until first read, so computing a deadline allocates one object.
        /// </summary>
        internal Deadline(string ruleId, TermUnit unit, int term, DateTime startUtc, DateTime dueUtc, DateTimeOffset dueLocal,
            DateTime warningUtc, string timeZoneId, BusinessCalendar? skippedSource, int skippedAfterIndex, int skippedThroughIndex)
        {
            RuleId = ruleId;
            Unit = unit;
            Term = term;
            StartUtc = startUtc;
            DueUtc = dueUtc;
            DueLocal = dueLocal;
            WarningUtc = warningUtc;
            TimeZoneId = timeZoneId;
            this.skippedSource = skippedSource;
            this.skippedAfterIndex = skippedAfterIndex;
            this.skippedThroughIndex = skippedThroughIndex;
            if (skippedSource == null)
            {
                skipped = Array.Empty<NonBusinessDay>();
            }
        }

        /// <summary>The protocol rule id (e.g. "S7").</summary>
        public string RuleId { get; }

        public TermUnit Unit { get; }

        /// <summary>The term's length in <see cref="Unit"/>.</summary>
        public int Term { get; }

        /// <summary>The triggering event's instant (UTC).</summary>
        public DateTime StartUtc { get; }

        /// <summary>The due instant (UTC): 23:59:59 local of the last day (D1, D2) or start plus the hours (D3).</summary>
        public DateTime DueUtc { get; }

        /// <summary>The due instant in the office's local time, with its offset.</summary>
        public DateTimeOffset DueLocal { get; }

        /// <summary>D6: the instant from which the deadline is at risk.</summary>
        public DateTime WarningUtc { get; }

        /// <summary>The zone the days were counted in (IANA id where known).</summary>
        public string TimeZoneId { get; }

        /// <summary>The term as executives read it, with its rule: "5 días hábiles (S1)". The request plugin stores it in pch_term; the deadline activity returns it.</summary>
        public string SpanishTerm => $"{Term} {Unit.ToSpanish()} ({RuleId})";

        /// <summary>D1: the weekends and holidays the count skipped, in date order; empty for calendar days and hours.</summary>
        public IReadOnlyList<NonBusinessDay> Skipped =>
            skipped ?? (skipped = skippedSource!.NonBusinessDaysBetweenAt(skippedAfterIndex, skippedThroughIndex)); // same value if two threads race

        /// <summary>
        /// Where the deadline stands at <paramref name="instantUtc"/>, given when (if ever) the duty was fulfilled.
        /// The due instant covers its whole last second: fulfilling at 23:59:59.9 local is on time.
        /// </summary>
        public DeadlineStatus StatusAt(DateTime instantUtc, DateTime? fulfilledUtc = null)
        {
            var now = Instants.RequireUtc(instantUtc, nameof(instantUtc));
            var deadlineEnd = DueUtc.AddSeconds(1);
            if (fulfilledUtc.HasValue && Instants.RequireUtc(fulfilledUtc.Value, nameof(fulfilledUtc)) <= now)
            {
                return fulfilledUtc.Value < deadlineEnd ? DeadlineStatus.Met : DeadlineStatus.Breached;
            }
            if (now >= deadlineEnd)
            {
                return DeadlineStatus.Breached;
            }
            return now >= WarningUtc ? DeadlineStatus.AtRisk : DeadlineStatus.InProgress;
        }

        public override string ToString() => $"{RuleId}: {Term} {Unit.ToSlug()} from {StartUtc:yyyy-MM-ddTHH:mm:ssZ}, due {DueLocal:yyyy-MM-ddTHH:mm:sszzz} ({TimeZoneId})";
    }
}
