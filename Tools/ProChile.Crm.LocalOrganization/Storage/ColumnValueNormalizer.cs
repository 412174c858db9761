using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// Turns a value a caller writes into the value Dataverse would store, or fails as Dataverse fails: the SDK type
    /// must match the column; strings are bounded by their maximum length and "" becomes null; choices must be among
    /// the options; decimals and money are rounded to the column's precision; DateTime becomes UTC to the second and
    /// may not precede 1753-01-01 (SQL datetime). Whether a lookup's record exists is checked by the caller, which
    /// has the store.
    /// </summary>
    internal static class ColumnValueNormalizer
    {
        private static readonly DateTime MinimumDate = new DateTime(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public static object? Normalize(TableDefinition table, ColumnDefinition column, object? value)
        {
            if (value == null)
            {
                return null;
            }

            return column.Type switch
            {
                ColumnType.Uniqueidentifier => Expect<Guid>(table, column, value, "System.Guid"),
                ColumnType.String or ColumnType.Memo => NormalizeString(table, column, Expect<string>(table, column, value, "System.String")),
                ColumnType.Integer => Expect<int>(table, column, value, "System.Int32"),
                ColumnType.BigInt => Expect<long>(table, column, value, "System.Int64"),
                ColumnType.Decimal => Math.Round(Expect<decimal>(table, column, value, "System.Decimal"), column.Precision, MidpointRounding.AwayFromZero),
                ColumnType.Double => Expect<double>(table, column, value, "System.Double"),
                ColumnType.Money => new Money(Math.Round(Expect<Money>(table, column, value, "Microsoft.Xrm.Sdk.Money").Value, column.Precision, MidpointRounding.AwayFromZero)),
                ColumnType.Boolean => Expect<bool>(table, column, value, "System.Boolean"),
                ColumnType.DateTime => NormalizeDate(table, column, Expect<DateTime>(table, column, value, "System.DateTime")),
                ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => NormalizeReference(table, column, Expect<EntityReference>(table, column, value, "Microsoft.Xrm.Sdk.EntityReference")),
                ColumnType.Picklist => NormalizeOption(table, column, Expect<OptionSetValue>(table, column, value, "Microsoft.Xrm.Sdk.OptionSetValue")),
                ColumnType.MultiSelectPicklist => NormalizeOptions(table, column, Expect<OptionSetValueCollection>(table, column, value, "Microsoft.Xrm.Sdk.OptionSetValueCollection")),
                ColumnType.PartyList => NormalizeParties(table, column, Expect<EntityCollection>(table, column, value, "Microsoft.Xrm.Sdk.EntityCollection")),
                ColumnType.State or ColumnType.Status => new OptionSetValue(Expect<OptionSetValue>(table, column, value, "Microsoft.Xrm.Sdk.OptionSetValue").Value),
                _ => throw new InvalidOperationException($"Column type {column.Type} has no normalization."),
            };
        }

        private static T Expect<T>(TableDefinition table, ColumnDefinition column, object value, string expected) =>
            value is T typed ? typed : throw DataverseErrors.IncorrectValueType(table.LogicalName, column.LogicalName, value, expected);

        private static string? NormalizeString(TableDefinition table, ColumnDefinition column, string value)
        {
            if (value.Length == 0)
            {
                return null;
            }

            if (value.Length > column.MaxLength)
            {
                throw DataverseErrors.StringTooLong(table.LogicalName, column.LogicalName, column.MaxLength);
            }

            return value;
        }

        private static DateTime NormalizeDate(TableDefinition table, ColumnDefinition column, DateTime value)
        {
            // The SDK client sends Local as UTC and the server treats Unspecified as UTC; Dataverse keeps whole seconds.
            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
            if (utc < MinimumDate)
            {
                throw DataverseErrors.DateOutOfRange(table.LogicalName, column.LogicalName);
            }

            return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }

        private static EntityReference NormalizeReference(TableDefinition table, ColumnDefinition column, EntityReference value)
        {
            if (string.IsNullOrEmpty(value.LogicalName) || !column.Targets.Contains(value.LogicalName))
            {
                throw DataverseErrors.InvalidArgument(
                    $"'{value.LogicalName}' is not a valid target of lookup '{column.LogicalName}' of '{table.LogicalName}'; accepted: {string.Join(", ", column.Targets)}.");
            }

            if (value.Id == Guid.Empty)
            {
                throw DataverseErrors.InvalidArgument($"Lookup '{column.LogicalName}' of '{table.LogicalName}' references '{value.LogicalName}' with an empty id.");
            }

            return new EntityReference(value.LogicalName, value.Id);
        }

        // Dataverse's activityparty: each row names a party (partyid) or an unresolved address (addressused), or both.
        private static EntityCollection NormalizeParties(TableDefinition table, ColumnDefinition column, EntityCollection parties)
        {
            var rows = parties.Entities.Select(party =>
            {
                if (party.LogicalName != "activityparty")
                {
                    throw DataverseErrors.InvalidArgument($"Party list '{column.LogicalName}' of '{table.LogicalName}' holds activityparty rows, not '{party.LogicalName}'.");
                }

                var partyId = party.Contains("partyid") ? party["partyid"] as EntityReference : null;
                var address = party.Contains("addressused") ? party["addressused"] as string : null;
                if (partyId == null && string.IsNullOrWhiteSpace(address))
                {
                    throw DataverseErrors.InvalidArgument($"A party of '{column.LogicalName}' of '{table.LogicalName}' needs partyid or addressused.");
                }

                var copy = new Entity("activityparty");
                if (partyId != null)
                {
                    copy["partyid"] = NormalizeReference(table, column, partyId);
                }

                if (!string.IsNullOrWhiteSpace(address))
                {
                    copy["addressused"] = address;
                }

                return copy;
            }).ToList();
            return new EntityCollection(rows) { EntityName = "activityparty" };
        }

        private static OptionSetValue NormalizeOption(TableDefinition table, ColumnDefinition column, OptionSetValue value)
        {
            if (!column.Options.Contains(value.Value))
            {
                throw DataverseErrors.OptionOutOfRange(table.LogicalName, column.LogicalName, value.Value, column.Options);
            }

            return new OptionSetValue(value.Value);
        }

        private static OptionSetValueCollection? NormalizeOptions(TableDefinition table, ColumnDefinition column, OptionSetValueCollection values)
        {
            if (values.Count == 0)
            {
                return null;
            }

            return new OptionSetValueCollection(values.Select(v => NormalizeOption(table, column, v)).ToList());
        }
    }
}
