using System;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// The date operators, evaluated on the user's local calendar: On/OnOrBefore/OnOrAfter compare the local date of
    /// the stored instant with the date part of the value given; Today, Yesterday, Tomorrow, This/Last/NextYear and
    /// This/Last/NextMonth compare local dates with "today"; LastXDays spans from the start of the day X days ago
    /// to now, NextXDays from now to the end of the day X days ahead; Last/NextXHours span X hours either side of now.
    /// </summary>
    internal sealed class DateConditions
    {
        private readonly UserCalendar calendar;

        public DateConditions(UserCalendar calendar)
        {
            this.calendar = calendar;
        }

        /// <summary>The predicate, or null if <paramref name="op"/> is not a date operator this type knows.</summary>
        public Func<object?, bool>? Compile(ConditionOperator op, ConditionValues values, ColumnDefinition column)
        {
            if (!IsDateOperator(op))
            {
                return null;
            }

            if (column.Type != ColumnType.DateTime)
            {
                throw values.Invalid($"operator {op} applies to date and time columns; '{column.LogicalName}' is {column.Type}.");
            }

            var today = calendar.Today;
            var now = calendar.UtcNow;
            return op switch
            {
                ConditionOperator.On => LocalDate(values.OneDate().Date, (d, target) => d == target),
                ConditionOperator.NotOn => LocalDate(values.OneDate().Date, (d, target) => d != target),
                ConditionOperator.OnOrBefore => LocalDate(values.OneDate().Date, (d, target) => d <= target),
                ConditionOperator.OnOrAfter => LocalDate(values.OneDate().Date, (d, target) => d >= target),
                ConditionOperator.Today => NoValues(values, LocalDate(today, (d, t) => d == t)),
                ConditionOperator.Yesterday => NoValues(values, LocalDate(today.AddDays(-1), (d, t) => d == t)),
                ConditionOperator.Tomorrow => NoValues(values, LocalDate(today.AddDays(1), (d, t) => d == t)),
                ConditionOperator.ThisYear => NoValues(values, LocalDate(today, (d, t) => d.Year == t.Year)),
                ConditionOperator.LastYear => NoValues(values, LocalDate(today, (d, t) => d.Year == t.Year - 1)),
                ConditionOperator.NextYear => NoValues(values, LocalDate(today, (d, t) => d.Year == t.Year + 1)),
                ConditionOperator.ThisMonth => NoValues(values, LocalDate(today, (d, t) => SameMonth(d, t))),
                ConditionOperator.LastMonth => NoValues(values, LocalDate(today.AddMonths(-1), (d, t) => SameMonth(d, t))),
                ConditionOperator.NextMonth => NoValues(values, LocalDate(today.AddMonths(1), (d, t) => SameMonth(d, t))),
                ConditionOperator.LastXDays => Instants(calendar.ToUtc(today.AddDays(-NonNegative(values))), now),
                ConditionOperator.NextXDays => Instants(now, calendar.ToUtc(today.AddDays(NonNegative(values) + 1)).AddTicks(-1)),
                ConditionOperator.LastXHours => Instants(now.AddHours(-NonNegative(values)), now),
                ConditionOperator.NextXHours => Instants(now, now.AddHours(NonNegative(values))),
                _ => null,
            };
        }

        private static bool IsDateOperator(ConditionOperator op) => op is
            ConditionOperator.On or ConditionOperator.NotOn or ConditionOperator.OnOrBefore or ConditionOperator.OnOrAfter or
            ConditionOperator.Today or ConditionOperator.Yesterday or ConditionOperator.Tomorrow or
            ConditionOperator.ThisYear or ConditionOperator.LastYear or ConditionOperator.NextYear or
            ConditionOperator.ThisMonth or ConditionOperator.LastMonth or ConditionOperator.NextMonth or
            ConditionOperator.LastXDays or ConditionOperator.NextXDays or ConditionOperator.LastXHours or ConditionOperator.NextXHours;

        private static bool SameMonth(DateTime a, DateTime b) => a.Year == b.Year && a.Month == b.Month;

        private static int NonNegative(ConditionValues values)
        {
            var x = values.OneInteger();
            return x >= 0 ? x : throw values.Invalid($"the number of days or hours must not be negative; got {x}.");
        }

        private static Func<object?, bool> NoValues(ConditionValues values, Func<object?, bool> predicate)
        {
            values.None();
            return predicate;
        }

        private Func<object?, bool> LocalDate(DateTime target, Func<DateTime, DateTime, bool> accept) =>
            v => v is DateTime stored && accept(calendar.ToLocal(stored).Date, target);

        private static Func<object?, bool> Instants(DateTime fromUtc, DateTime toUtc) =>
            v => v is DateTime stored && stored >= fromUtc && stored <= toUtc;
    }
}
