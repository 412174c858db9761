using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// The stored rows a query has to look at. When an And filter holds an Equal or In condition on a key column
    /// (primary id, lookup, uniqueidentifier, choice, state, status, whole number, text), only the rows with one of those
    /// values can pass, so they come from the store by id or from the column's index instead of a scan of the table;
    /// a Null condition on any column takes the rows without a value from the column's null index. Of several, the
    /// condition that leaves the fewest rows is used.
    /// The filter still runs on every row returned, so this narrows the rows and never decides a match; the order of
    /// the rows is not kept (the query sorts them completely afterwards).
    /// </summary>
    internal sealed class RowSource
    {
        private readonly RecordStore store;

        public RowSource(RecordStore store)
        {
            this.store = store;
        }

        /// <summary>The rows of the query's main table that may pass its criteria (compile the criteria first: this assumes them valid).</summary>
        public IReadOnlyList<StoredRecord> MainRows(QueryExpression query, QueryScope scope)
        {
            var criteria = query.Criteria;
            if (criteria == null || !IsConjunction(criteria))
            {
                return store.Scan(scope.MainTable.LogicalName);
            }

            // Of the conditions that narrow (a key's index, or the rows without a value for Null), the one that leaves
            // the fewest rows: "statecode = 0" holds nearly every row, "answered on is null" only the open ones.
            IReadOnlyCollection<Guid>? fewest = null;
            foreach (var condition in criteria.Conditions)
            {
                if (Candidates(condition, scope) is { } ids && (fewest is null || ids.Count < fewest.Count))
                {
                    fewest = ids;
                }
            }

            return fewest is null ? store.Scan(scope.MainTable.LogicalName) : store.Rows(scope.MainTable.LogicalName, fewest);
        }

        // The ids of the rows that can pass the condition, when an index gives them; null when only a scan can tell.
        private IReadOnlyCollection<Guid>? Candidates(ConditionExpression condition, QueryScope scope)
        {
            var table = scope.MainTable;
            if (condition.Operator == ConditionOperator.Null && !condition.CompareColumns
                && scope.Resolve(condition.EntityName, scope.MainAlias).Alias == scope.MainAlias)
            {
                var column = table.Column(condition.AttributeName);
                return column.IsPrimaryId ? Array.Empty<Guid>() : store.NullIds(table.LogicalName, column.LogicalName);
            }

            if (!(KeysOf(condition, scope) is { } keyed))
            {
                return null;
            }

            if (keyed.Keys.Count == 1)
            {
                return IdsOf(table, keyed.Column, keyed.Keys[0]);
            }

            var ids = new HashSet<Guid>();
            foreach (var key in keyed.Keys)
            {
                ids.UnionWith(IdsOf(table, keyed.Column, key));
            }

            return ids;
        }

        private IReadOnlyCollection<Guid> IdsOf(TableDefinition table, ColumnDefinition column, object key) =>
            column.IsPrimaryId
                ? (store.Find(table.LogicalName, (Guid)key) is null ? Array.Empty<Guid>() : new[] { (Guid)key })
                : store.IdsBy(table.LogicalName, column.LogicalName, key);

        /// <summary>
        /// The rows of <paramref name="table"/> whose <paramref name="column"/> may equal <paramref name="key"/>. In
        /// <paramref name="storageOrder"/> (a "first match" join depends on it) only a lookup by primary id narrows.
        /// </summary>
        public IReadOnlyList<StoredRecord> Matching(TableDefinition table, ColumnDefinition column, object key, bool storageOrder)
        {
            var indexable = IsKeyOf(column, key) && (!storageOrder || column.IsPrimaryId);
            return indexable ? Rows(table, column, new[] { key }) : store.Scan(table.LogicalName);
        }

        private IReadOnlyList<StoredRecord> Rows(TableDefinition table, ColumnDefinition column, IReadOnlyList<object> keys)
        {
            if (keys.Count == 1)
            {
                return column.IsPrimaryId ? ById(table, (Guid)keys[0]) : store.FindBy(table.LogicalName, column.LogicalName, keys[0]);
            }

            var rows = new Dictionary<Guid, StoredRecord>();
            foreach (var key in keys)
            {
                var found = column.IsPrimaryId ? ById(table, (Guid)key) : store.FindBy(table.LogicalName, column.LogicalName, key);
                foreach (var row in found)
                {
                    rows[row.Id] = row;
                }
            }

            return new List<StoredRecord>(rows.Values);
        }

        /// <summary>Every condition must hold: an And filter, or a filter of one part (an Or of one condition is that condition).</summary>
        private static bool IsConjunction(FilterExpression filter) =>
            filter.FilterOperator == LogicalOperator.And || filter.Conditions.Count + filter.Filters.Count == 1;

        private IReadOnlyList<StoredRecord> ById(TableDefinition table, Guid id) =>
            store.Find(table.LogicalName, id) is { } row ? new[] { row } : Array.Empty<StoredRecord>();

        private static (ColumnDefinition Column, IReadOnlyList<object> Keys)? KeysOf(ConditionExpression condition, QueryScope scope)
        {
            if (condition.CompareColumns || condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In))
            {
                return null;
            }

            var (alias, table) = scope.Resolve(condition.EntityName, scope.MainAlias);
            if (alias != scope.MainAlias)
            {
                return null;
            }

            var column = table.Column(condition.AttributeName);
            var values = new ConditionValues(condition, column, alias);
            var keys = condition.Operator == ConditionOperator.Equal ? new[] { values.One() } : values.AtLeastOne();
            foreach (var key in keys)
            {
                if (!IsKeyOf(column, key))
                {
                    return null;
                }
            }

            return (column, keys);
        }

        private static bool IsText(ColumnDefinition column) => column.Type is ColumnType.String or ColumnType.Memo;

        /// <summary>
        /// Whether <paramref name="key"/> is of the one type the column's stored values compare as, so hash equality
        /// is exactly <see cref="ValueComparer.AreEqual"/> (any other pairing is left to the scan, which also fails as before).
        /// </summary>
        private static bool IsKeyOf(ColumnDefinition column, object key)
        {
            if (IsText(column))
            {
                // The index keys text by its collation form (ColumnIndex.KeyOf), so Equal on text narrows too.
                return key is string;
            }

            if (column.IsPrimaryId || column.IsReference || column.Type == ColumnType.Uniqueidentifier)
            {
                return key is Guid;
            }

            return column.Type is ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.Integer or ColumnType.BigInt
                && key is decimal;
        }
    }
}
