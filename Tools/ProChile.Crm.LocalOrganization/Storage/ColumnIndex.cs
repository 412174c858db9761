using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Querying;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// The ids of one table's rows by the value of one column, keyed by the value's <see cref="ValueComparer.Comparable"/>
    /// form (a lookup by its id, a choice by its number) or, for text, by its collation form (folded, trailing spaces
    /// dropped: <see cref="KeyOf"/>), so a key hit is exactly what an Equal condition accepts. Rows without a value are not indexed (no Equal condition matches null). It is derived
    /// from the rows: <see cref="RecordStore"/> builds it on first use and keeps it in step with every write and undo.
    /// </summary>
    internal sealed class ColumnIndex
    {
        private static readonly IReadOnlyCollection<Guid> NoIds = Array.Empty<Guid>();

        private readonly string column;
        private readonly Dictionary<object, HashSet<Guid>> idsByKey = new Dictionary<object, HashSet<Guid>>();

        public ColumnIndex(string column, IEnumerable<StoredRecord> rows)
        {
            this.column = column;
            foreach (var row in rows)
            {
                Add(row);
            }
        }

        public IReadOnlyCollection<Guid> IdsOf(object key) => idsByKey.TryGetValue(KeyOf(key), out var ids) ? ids : NoIds;

        /// <summary>
        /// The index key of a value: two texts share one exactly when <see cref="Collation.Compare"/> finds them equal
        /// (case, accents and trailing spaces ignored, as Dataverse's default collation does); anything else by its
        /// comparable form.
        /// </summary>
        public static object KeyOf(object value) =>
            value is string text ? Collation.Fold(text.TrimEnd(' ')) : ValueComparer.Comparable(value);

        public void Add(StoredRecord row)
        {
            if (row[column] is not { } value)
            {
                return;
            }

            var key = KeyOf(value);
            if (!idsByKey.TryGetValue(key, out var ids))
            {
                ids = new HashSet<Guid>();
                idsByKey.Add(key, ids);
            }

            ids.Add(row.Id);
        }

        public void Remove(StoredRecord row)
        {
            if (row[column] is not { } value)
            {
                return;
            }

            var key = KeyOf(value);
            if (idsByKey.TryGetValue(key, out var ids) && ids.Remove(row.Id) && ids.Count == 0)
            {
                idsByKey.Remove(key);
            }
        }
    }
}
