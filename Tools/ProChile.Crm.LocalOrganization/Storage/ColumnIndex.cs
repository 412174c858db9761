using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Querying;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// The ids of one table's rows by the value of one column, keyed by the value's <see cref="ValueComparer.Comparable"/>
    /// form (a lookup by its id, a choice by its number) or, for text, by its collation form (folded, trailing spaces
    /// dropped: <see cref="KeyOf"/>), so a key hit is exactly what an Equal condition accepts. Rows without a value are not indexed (no Equal condition matches null);
    /// a null index (<see cref="OfNulls"/>) holds just those, for a Null condition on a column of any type. It is derived
    /// from the rows: <see cref="RecordStore"/> builds it on first use and keeps it in step with every write and undo.
    /// </summary>
    internal sealed class ColumnIndex
    {
        private static readonly IReadOnlyCollection<Guid> NoIds = Array.Empty<Guid>();

        // The one key of the null index: every row without a value.
        private static readonly object NullKey = new object();

        private readonly string column;
        private readonly bool nulls;
        private readonly Dictionary<object, HashSet<Guid>> idsByKey = new Dictionary<object, HashSet<Guid>>();

        public ColumnIndex(string column, IEnumerable<StoredRecord> rows)
            : this(column, rows, nulls: false)
        {
        }

        private ColumnIndex(string column, IEnumerable<StoredRecord> rows, bool nulls)
        {
            this.column = column;
            this.nulls = nulls;
            foreach (var row in rows)
            {
                Add(row);
            }
        }

        /// <summary>The index of the rows that have no value in <paramref name="column"/> (<see cref="NullIds"/>).</summary>
        public static ColumnIndex OfNulls(string column, IEnumerable<StoredRecord> rows) => new ColumnIndex(column, rows, nulls: true);

        public IReadOnlyCollection<Guid> IdsOf(object key) => idsByKey.TryGetValue(KeyOf(key), out var ids) ? ids : NoIds;

        /// <summary>The rows without a value (a null index only).</summary>
        public IReadOnlyCollection<Guid> NullIds => idsByKey.TryGetValue(NullKey, out var ids) ? ids : NoIds;

        /// <summary>
        /// The index key of a value: two texts share one exactly when <see cref="Collation.Compare"/> finds them equal
        /// (case, accents and trailing spaces ignored, as Dataverse's default collation does); anything else by its
        /// comparable form.
        /// </summary>
        public static object KeyOf(object value) =>
            value is string text ? Collation.Fold(text.TrimEnd(' ')) : ValueComparer.Comparable(value);

        public void Add(StoredRecord row)
        {
            if (KeyFor(row) is not { } key)
            {
                return;
            }

            if (!idsByKey.TryGetValue(key, out var ids))
            {
                ids = new HashSet<Guid>();
                idsByKey.Add(key, ids);
            }

            ids.Add(row.Id);
        }

        public void Remove(StoredRecord row)
        {
            if (KeyFor(row) is not { } key)
            {
                return;
            }

            if (idsByKey.TryGetValue(key, out var ids) && ids.Remove(row.Id) && ids.Count == 0)
            {
                idsByKey.Remove(key);
            }
        }

        // The row's key in this index, or null when the index does not hold the row.
        private object? KeyFor(StoredRecord row)
        {
            var value = row[column];
            if (nulls)
            {
                return value is null ? NullKey : null;
            }

            return value is null ? null : KeyOf(value);
        }
    }
}
