using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// One deadline rule of the protocol (S1..S14): its id, what is owed (in Spanish, as executives read it)
    /// and its term. Which event starts it and who owes it are the callers' (plugins') business.
    /// </summary>
    public sealed class DeadlineRule
    {
        public DeadlineRule(string id, string description, DeadlineTerm term)
        {
            Id = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A rule needs an id (e.g. S1).", nameof(id)) : id;
            Description = string.IsNullOrWhiteSpace(description) ? throw new ArgumentException($"Rule {id} needs a description.", nameof(description)) : description;
            Term = term ?? throw new ArgumentNullException(nameof(term));
        }

        /// <summary>The rule id in RULES.md (e.g. "S8").</summary>
        public string Id { get; }

        /// <summary>What is owed, in Spanish.</summary>
        public string Description { get; }

        public DeadlineTerm Term { get; }

        /// <summary>This rule's deadline for an event at <paramref name="start"/>, counted in <paramref name="calendar"/>.</summary>
        public Deadline DeadlineFrom(DateTimeOffset start, OfficeCalendar calendar, DeadlineWarningSettings? settings = null) =>
            Term.DeadlineFrom(Id, start, calendar, settings);

        /// <summary>The same, for an event instant given in UTC.</summary>
        public Deadline DeadlineFrom(DateTime startUtc, OfficeCalendar calendar, DeadlineWarningSettings? settings = null) =>
            Term.DeadlineFrom(Id, startUtc, calendar, settings);

        public override string ToString() => $"{Id} ({Term}): {Description}";
    }
}
