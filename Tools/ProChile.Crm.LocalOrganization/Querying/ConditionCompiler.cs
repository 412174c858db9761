using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Turns one condition on one column into a predicate over the column's stored value (null when the row has
    /// none). SQL's three-valued logic holds: every operator but Null is false on a null value, so NotEqual, NotIn
    /// and NotLike do not return rows where the column is empty, as in Dataverse. Relative date operators use the
    /// user's calendar (time zone) and the organization's clock, read once when the query is compiled.
    /// </summary>
    internal sealed class ConditionCompiler
    {
        private readonly UserCalendar calendar;
        private readonly Guid callerId;

        public ConditionCompiler(UserCalendar calendar, Guid callerId)
        {
            this.calendar = calendar;
            this.callerId = callerId;
        }

        public Func<object?, bool> Compile(ConditionExpression condition, ColumnDefinition column, string alias)
        {
            if (condition.CompareColumns)
            {
                throw DataverseErrors.NotSupported("Column comparison (CompareColumns) in a condition");
            }

            var values = new ConditionValues(condition, column, alias);
            return condition.Operator switch
            {
                ConditionOperator.Null => None(values, v => v == null),
                ConditionOperator.NotNull => None(values, v => v != null),
                ConditionOperator.Equal => Comparison(values, column, c => c == 0),
                ConditionOperator.NotEqual => Comparison(values, column, c => c != 0),
                ConditionOperator.GreaterThan => Comparison(values, column, c => c > 0),
                ConditionOperator.GreaterEqual => Comparison(values, column, c => c >= 0),
                ConditionOperator.LessThan => Comparison(values, column, c => c < 0),
                ConditionOperator.LessEqual => Comparison(values, column, c => c <= 0),
                ConditionOperator.In => Membership(values, column, expected: true),
                ConditionOperator.NotIn => Membership(values, column, expected: false),
                ConditionOperator.Between => Range(values, column, inside: true),
                ConditionOperator.NotBetween => Range(values, column, inside: false),
                ConditionOperator.Like => Like(values, column, p => p, matches: true),
                ConditionOperator.NotLike => Like(values, column, p => p, matches: false),
                ConditionOperator.BeginsWith => Like(values, column, p => p + "%", matches: true),
                ConditionOperator.DoesNotBeginWith => Like(values, column, p => p + "%", matches: false),
                ConditionOperator.EndsWith => Like(values, column, p => "%" + p, matches: true),
                ConditionOperator.DoesNotEndWith => Like(values, column, p => "%" + p, matches: false),
                ConditionOperator.EqualUserId => CallerReference(values, column, equal: true),
                ConditionOperator.NotEqualUserId => CallerReference(values, column, equal: false),
                ConditionOperator.ContainValues => ChoiceSet(values, column, contains: true),
                ConditionOperator.DoesNotContainValues => ChoiceSet(values, column, contains: false),
                _ => new DateConditions(calendar).Compile(condition.Operator, values, column)
                     ?? throw DataverseErrors.NotSupported($"Condition operator {condition.Operator}"),
            };
        }

        private static Func<object?, bool> None(ConditionValues values, Func<object?, bool> test)
        {
            values.None();
            return test;
        }

        private static Func<object?, bool> Comparison(ConditionValues values, ColumnDefinition column, Func<int, bool> accept)
        {
            RequireScalar(values, column);
            var target = values.One();
            return v => v != null && accept(ValueComparer.Compare(v, target));
        }

        private static Func<object?, bool> Membership(ConditionValues values, ColumnDefinition column, bool expected)
        {
            RequireScalar(values, column);
            var targets = values.AtLeastOne();
            return v => v != null && targets.Any(t => ValueComparer.AreEqual(v, t)) == expected;
        }

        private static Func<object?, bool> Range(ConditionValues values, ColumnDefinition column, bool inside)
        {
            RequireScalar(values, column);
            var (low, high) = values.Two();
            return v => v != null && (ValueComparer.Compare(v, low) >= 0 && ValueComparer.Compare(v, high) <= 0) == inside;
        }

        private static Func<object?, bool> Like(ConditionValues values, ColumnDefinition column, Func<string, string> shape, bool matches)
        {
            if (!column.IsString)
            {
                throw values.Invalid($"operator Like applies to string columns; '{column.LogicalName}' is {column.Type}.");
            }

            var pattern = new LikePattern(shape(values.OneString()));
            return v => v is string s && pattern.IsMatch(s) == matches;
        }

        private Func<object?, bool> CallerReference(ConditionValues values, ColumnDefinition column, bool equal)
        {
            values.None();
            if (!column.IsReference || !column.Targets.Contains(SystemColumns.SystemUser))
            {
                throw values.Invalid("EqualUserId applies to lookups to systemuser.");
            }

            return v => v is EntityReference reference && (reference.Id == callerId) == equal;
        }

        private static Func<object?, bool> ChoiceSet(ConditionValues values, ColumnDefinition column, bool contains)
        {
            if (column.Type != ColumnType.MultiSelectPicklist)
            {
                throw values.Invalid("ContainValues applies to multi-select choice columns.");
            }

            var wanted = values.AtLeastOne().Cast<decimal>().ToList();
            return v => v is OptionSetValueCollection set && set.Any(o => wanted.Contains(o.Value)) == contains;
        }

        private static void RequireScalar(ConditionValues values, ColumnDefinition column)
        {
            if (column.Type == ColumnType.MultiSelectPicklist)
            {
                throw values.Invalid("multi-select choice columns take ContainValues, DoesNotContainValues, Null or NotNull.");
            }
        }
    }
}
