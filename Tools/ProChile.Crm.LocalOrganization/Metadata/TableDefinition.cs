using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>
    /// A declared table: logical name, primary id and name columns, ownership, state model and columns (the system
    /// columns Dataverse adds included). Lookups by column name fail with Dataverse's "doesn't contain attribute" fault.
    /// </summary>
    public sealed class TableDefinition
    {
        private readonly IReadOnlyDictionary<string, ColumnDefinition> columns;

        internal TableDefinition(
            string logicalName,
            string primaryIdAttribute,
            string? primaryNameAttribute,
            TableOwnership ownership,
            StateModel? states,
            IReadOnlyDictionary<string, ColumnDefinition> columns,
            bool isIntersect)
        {
            LogicalName = logicalName;
            PrimaryIdAttribute = primaryIdAttribute;
            PrimaryNameAttribute = primaryNameAttribute;
            Ownership = ownership;
            States = states;
            this.columns = columns;
            IsIntersect = isIntersect;
        }

        public string LogicalName { get; }

        /// <summary>The name in the casing the table was created with (pch_CategoryHistory); privilege names carry it.</summary>
        public string SchemaName { get; internal init; } = string.Empty;

        public string PrimaryIdAttribute { get; }

        public string? PrimaryNameAttribute { get; }

        public TableOwnership Ownership { get; }

        /// <summary>Null for tables without statecode/statuscode (systemuser, businessunit, team, intersect tables).</summary>
        public StateModel? States { get; }

        /// <summary>An N:N relationship's intersect table: written only through Associate and Disassociate.</summary>
        public bool IsIntersect { get; }

        public IEnumerable<ColumnDefinition> Columns => columns.Values;

        public ColumnDefinition? FindColumn(string? logicalName) =>
            logicalName != null && columns.TryGetValue(logicalName, out var column) ? column : null;

        public ColumnDefinition Column(string? logicalName) =>
            FindColumn(logicalName) ?? throw DataverseErrors.AttributeNotInEntity(LogicalName, logicalName);

        public override string ToString() => LogicalName;
    }
}
