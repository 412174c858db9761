using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// One row as stored: immutable, holding only non-null values that are private copies (never objects a caller
    /// or plugin holds). A change produces a new row, so the transaction journal can keep the old one for rollback.
    /// </summary>
    internal sealed class StoredRecord
    {
        private readonly IReadOnlyDictionary<string, object> values;

        public StoredRecord(string tableName, Guid id, IReadOnlyDictionary<string, object> values)
        {
            TableName = tableName;
            Id = id;
            this.values = values;
        }

        public string TableName { get; }

        public Guid Id { get; }

        public IEnumerable<KeyValuePair<string, object>> Values => values;

        public object? this[string column] => values.TryGetValue(column, out var value) ? value : null;

        public bool Has(string column) => values.ContainsKey(column);

        /// <summary>This row with <paramref name="changes"/> applied; a null value removes the column.</summary>
        public StoredRecord With(IEnumerable<KeyValuePair<string, object?>> changes)
        {
            var next = new Dictionary<string, object>(values.Count + 4, StringComparer.Ordinal);
            foreach (var pair in values)
            {
                next.Add(pair.Key, pair.Value);
            }

            foreach (var change in changes)
            {
                if (change.Value == null)
                {
                    next.Remove(change.Key);
                }
                else
                {
                    next[change.Key] = change.Value;
                }
            }

            return new StoredRecord(TableName, Id, next);
        }
    }
}
