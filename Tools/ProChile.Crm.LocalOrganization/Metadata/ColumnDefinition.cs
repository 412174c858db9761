using System;
using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>
    /// One column of a table: its logical name, type and the constraints Dataverse enforces on writes (length,
    /// options, lookup targets, precision). It knows nothing of values; <see cref="Storage.ColumnValueNormalizer"/>
    /// applies it.
    /// </summary>
    public sealed class ColumnDefinition
    {
        public ColumnDefinition(string logicalName, ColumnType type)
        {
            if (string.IsNullOrWhiteSpace(logicalName) || logicalName != logicalName.ToLowerInvariant())
            {
                throw new ArgumentException($"Column logical name '{logicalName}' must be non-empty and lower case, as Dataverse logical names are.", nameof(logicalName));
            }

            LogicalName = logicalName;
            Type = type;
        }

        public string LogicalName { get; }

        public ColumnType Type { get; }

        /// <summary>For String and Memo columns.</summary>
        public int MaxLength { get; init; } = 100;

        /// <summary>For Decimal and Money columns: the digits kept after the point.</summary>
        public int Precision { get; init; } = 2;

        /// <summary>For Lookup, Owner and Customer columns: the tables a reference may point to.</summary>
        public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

        /// <summary>For Picklist and MultiSelectPicklist columns: the accepted option values.</summary>
        public IReadOnlyList<int> Options { get; init; } = Array.Empty<int>();

        /// <summary>For lookups: what deleting the referenced record does to this column.</summary>
        public CascadeDelete OnDelete { get; init; } = CascadeDelete.RemoveLink;

        /// <summary>For single-target lookups: the schema name of the 1:N relationship, for Associate/Disassociate.</summary>
        public string? RelationshipName { get; init; }

        /// <summary>Set by the platform (createdon, versionnumber...): values a caller sends are ignored, as Dataverse ignores them.</summary>
        public bool IsSystemManaged { get; init; }

        public bool IsPrimaryId { get; init; }

        public bool IsReference => Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;

        public bool IsString => Type is ColumnType.String or ColumnType.Memo;

        public override string ToString() => $"{LogicalName} ({Type})";
    }
}
