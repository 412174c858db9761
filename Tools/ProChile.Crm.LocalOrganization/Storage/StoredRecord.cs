using System;
using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// One row as stored: immutable, holding only non-null values that are private copies (never objects a caller
    /// or plugin holds). A change produces a new row, so the transaction journal can keep the old one for rollback.
    /// The values sit in an array indexed by the table's <see cref="ColumnOrdinals"/> (null where the row has no
    /// value), which costs a slot per column instead of a dictionary entry per value: the simulation keeps hundreds of
    /// thousands of rows.
    /// </summary>
    internal sealed class StoredRecord
    {
        private readonly ColumnOrdinals ordinals;
        private readonly object?[] values;

        public StoredRecord(string tableName, Guid id, IReadOnlyDictionary<string, object> values)
        {
            TableName = tableName;
            Id = id;
            ordinals = ColumnOrdinals.Of(tableName);
            var slots = new List<(int Ordinal, object Value)>(values.Count);
            int length = 0;
            foreach (var pair in values)
            {
                int ordinal = ordinals.Add(pair.Key);
                slots.Add((ordinal, SharedValues.Share(pair.Value)));
                length = Math.Max(length, ordinal + 1);
            }

            this.values = new object?[length];
            foreach (var (ordinal, value) in slots)
            {
                this.values[ordinal] = value;
            }
        }

        private StoredRecord(string tableName, Guid id, ColumnOrdinals ordinals, object?[] values)
        {
            TableName = tableName;
            Id = id;
            this.ordinals = ordinals;
            this.values = values;
        }

        public string TableName { get; }

        public Guid Id { get; }

        /// <summary>The row's columns with values, in the table's column order.</summary>
        public IEnumerable<KeyValuePair<string, object>> Values
        {
            get
            {
                var names = ordinals.Names;
                for (int i = 0; i < values.Length; i++)
                {
                    if (values[i] is { } value)
                    {
                        yield return new KeyValuePair<string, object>(names[i], value);
                    }
                }
            }
        }

        public object? this[string column]
        {
            get
            {
                int ordinal = ordinals.Find(column);
                return ordinal >= 0 && ordinal < values.Length ? values[ordinal] : null;
            }
        }

        public bool Has(string column) => this[column] != null;

        /// <summary>This row with <paramref name="changes"/> applied; a null value removes the column.</summary>
        public StoredRecord With(IEnumerable<KeyValuePair<string, object?>> changes)
        {
            var next = values;
            bool copied = false;
            foreach (var change in changes)
            {
                int ordinal = change.Value == null ? ordinals.Find(change.Key) : ordinals.Add(change.Key);
                if (ordinal < 0 || (change.Value == null && ordinal >= next.Length))
                {
                    continue;
                }

                if (!copied || ordinal >= next.Length)
                {
                    var grown = new object?[Math.Max(next.Length, ordinal + 1)];
                    Array.Copy(next, grown, next.Length);
                    next = grown;
                    copied = true;
                }

                next[ordinal] = change.Value == null ? null : SharedValues.Share(change.Value);
            }

            return new StoredRecord(TableName, Id, ordinals, copied ? next : (object?[])values.Clone());
        }
    }
}
