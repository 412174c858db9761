using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// The values of one condition, checked as Dataverse checks them before running a query: how many the operator
    /// takes, and that each has the SDK type the column compares with (a Guid for a lookup, not an EntityReference;
    /// an int for a choice, not an OptionSetValue). Returns them in <see cref="ValueComparer.Comparable"/> form.
    /// </summary>
    internal sealed class ConditionValues
    {
        private readonly ConditionExpression condition;
        private readonly ColumnDefinition column;
        private readonly string qualifiedName;

        public ConditionValues(ConditionExpression condition, ColumnDefinition column, string alias)
        {
            this.condition = condition;
            this.column = column;
            qualifiedName = alias + "." + column.LogicalName;
        }

        public void None() => Count(0, 0);

        public object One() => Typed(Count(1, 1))[0];

        public (object Low, object High) Two()
        {
            var values = Typed(Count(2, 2));
            return (values[0], values[1]);
        }

        public IReadOnlyList<object> AtLeastOne() => Typed(Count(1, int.MaxValue));

        public string OneString()
        {
            var value = Count(1, 1)[0];
            return value as string ?? throw WrongType(value, "System.String");
        }

        public int OneInteger()
        {
            var value = Count(1, 1)[0];
            return value is int i ? i : throw WrongType(value, "System.Int32");
        }

        public DateTime OneDate()
        {
            var value = Count(1, 1)[0];
            return value is DateTime date ? date : throw WrongType(value, "System.DateTime");
        }

        public Exception Invalid(string problem) =>
            DataverseErrors.InvalidArgument($"Condition for attribute '{qualifiedName}': {problem}");

        private IReadOnlyList<object?> Count(int min, int max)
        {
            var values = condition.Values.ToList();
            if (values.Count < min || values.Count > max)
            {
                var expected = min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"at least {min}";
                throw Invalid($"operator {condition.Operator} expects {expected} value(s) but received {values.Count}.");
            }

            return values;
        }

        private IReadOnlyList<object> Typed(IReadOnlyList<object?> values) => values.Select(Typed).ToList();

        private object Typed(object? value)
        {
            if (value == null)
            {
                throw Invalid($"null is not a valid value for operator {condition.Operator}. Use the Null or NotNull operator instead.");
            }

            var ok = column.Type switch
            {
                ColumnType.String or ColumnType.Memo => value is string,
                ColumnType.Integer or ColumnType.BigInt => value is int or long or short or byte,
                ColumnType.Decimal or ColumnType.Double or ColumnType.Money => value is int or long or short or byte or decimal or double or float,
                ColumnType.Boolean => value is bool,
                ColumnType.DateTime => value is DateTime,
                ColumnType.Uniqueidentifier or ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => value is Guid,
                ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => value is int,
                _ => false,
            };
            if (!ok)
            {
                throw WrongType(value, ExpectedTypeName());
            }

            return value is DateTime date ? ToUtc(date) : ValueComparer.Comparable(value);
        }

        private static DateTime ToUtc(DateTime date) =>
            date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc);

        private string ExpectedTypeName() => column.Type switch
        {
            ColumnType.String or ColumnType.Memo => "System.String",
            ColumnType.Integer => "System.Int32",
            ColumnType.BigInt => "System.Int64",
            ColumnType.Decimal or ColumnType.Money => "System.Decimal",
            ColumnType.Double => "System.Double",
            ColumnType.Boolean => "System.Boolean",
            ColumnType.DateTime => "System.DateTime",
            ColumnType.Uniqueidentifier or ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => "System.Guid",
            _ => "System.Int32",
        };

        private Exception WrongType(object? value, string expected) =>
            Invalid($"expected argument(s) of type '{expected}' but received '{value?.GetType().FullName ?? "null"}'.");
    }
}
