using System;
using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// The rows of every table, by id, with the column indexes queries ask for. Every write goes through a
    /// <see cref="StoreTransaction"/> that journals the previous state, so a failed operation leaves nothing
    /// half-written. Writes and their undos go through the same two primitives (put, take out), which keep the
    /// indexes in step, so a rolled-back write leaves the indexes as it found them.
    /// </summary>
    internal sealed class RecordStore
    {
        private readonly Dictionary<string, TableRows> tables = new Dictionary<string, TableRows>(StringComparer.Ordinal);

        public StoredRecord? Find(string table, Guid id) =>
            tables.TryGetValue(table, out var rows) && rows.ById.TryGetValue(id, out var row) ? row : null;

        /// <summary>Every row of the table, in storage order (a copy: the caller may write while it reads).</summary>
        public IReadOnlyList<StoredRecord> Scan(string table) =>
            tables.TryGetValue(table, out var rows) ? new List<StoredRecord>(rows.ById.Values) : (IReadOnlyList<StoredRecord>)Array.Empty<StoredRecord>();

        /// <summary>
        /// The rows whose <paramref name="column"/> has the comparable value <paramref name="key"/> (see
        /// <see cref="ColumnIndex"/>), in no particular order. The column's index is built on the first call.
        /// </summary>
        public IReadOnlyList<StoredRecord> FindBy(string table, string column, object key) => Rows(table, IdsBy(table, column, key));

        /// <summary>The ids <see cref="FindBy"/> would return, without reading the rows (to compare candidate sets).</summary>
        public IReadOnlyCollection<Guid> IdsBy(string table, string column, object key) =>
            tables.TryGetValue(table, out var rows) ? rows.Index(column).IdsOf(key) : Array.Empty<Guid>();

        /// <summary>The ids of the rows that have no value in <paramref name="column"/>; its null index is built on the first call.</summary>
        public IReadOnlyCollection<Guid> NullIds(string table, string column) =>
            tables.TryGetValue(table, out var rows) ? rows.NullIndex(column).NullIds : Array.Empty<Guid>();

        /// <summary>The rows of <paramref name="ids"/> (ids from this store's indexes), in the order given.</summary>
        public IReadOnlyList<StoredRecord> Rows(string table, IReadOnlyCollection<Guid> ids)
        {
            if (ids.Count == 0 || !tables.TryGetValue(table, out var rows))
            {
                return Array.Empty<StoredRecord>();
            }

            var found = new List<StoredRecord>(ids.Count);
            foreach (var id in ids)
            {
                found.Add(rows.ById[id]);
            }

            return found;
        }

        public int Count(string table) => tables.TryGetValue(table, out var rows) ? rows.ById.Count : 0;

        public void Insert(StoredRecord row, StoreTransaction transaction)
        {
            transaction.EnsureActive();
            var rows = Rows(row.TableName);
            if (rows.ById.ContainsKey(row.Id))
            {
                throw new InvalidOperationException($"{row.TableName} {row.Id} already exists; callers check for duplicates first.");
            }

            rows.Put(row);
            transaction.Journal(() => rows.TakeOut(row.Id));
        }

        public void Replace(StoredRecord row, StoreTransaction transaction)
        {
            transaction.EnsureActive();
            var rows = Rows(row.TableName);
            var previous = rows.ById[row.Id];
            rows.Put(row);
            transaction.Journal(() => rows.Put(previous));
        }

        public void Remove(string table, Guid id, StoreTransaction transaction)
        {
            transaction.EnsureActive();
            var rows = Rows(table);
            var previous = rows.TakeOut(id);
            transaction.Journal(() => rows.Put(previous));
        }

        private TableRows Rows(string table)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                rows = new TableRows();
                tables.Add(table, rows);
            }

            return rows;
        }

        /// <summary>One table: its rows by id and the indexes built so far, changed only through Put and TakeOut.</summary>
        private sealed class TableRows
        {
            private readonly Dictionary<string, ColumnIndex> indexes = new Dictionary<string, ColumnIndex>(StringComparer.Ordinal);
            private readonly Dictionary<string, ColumnIndex> nullIndexes = new Dictionary<string, ColumnIndex>(StringComparer.Ordinal);

            public Dictionary<Guid, StoredRecord> ById { get; } = new Dictionary<Guid, StoredRecord>();

            public ColumnIndex Index(string column)
            {
                if (!indexes.TryGetValue(column, out var index))
                {
                    index = new ColumnIndex(column, ById.Values);
                    indexes.Add(column, index);
                }

                return index;
            }

            public ColumnIndex NullIndex(string column)
            {
                if (!nullIndexes.TryGetValue(column, out var index))
                {
                    index = ColumnIndex.OfNulls(column, ById.Values);
                    nullIndexes.Add(column, index);
                }

                return index;
            }

            /// <summary>Adds the row, or replaces the row with its id.</summary>
            public void Put(StoredRecord row)
            {
                if (ById.TryGetValue(row.Id, out var previous))
                {
                    RemoveFromIndexes(previous);
                }

                ById[row.Id] = row;
                foreach (var index in indexes.Values)
                {
                    index.Add(row);
                }

                foreach (var index in nullIndexes.Values)
                {
                    index.Add(row);
                }
            }

            public StoredRecord TakeOut(Guid id)
            {
                var row = ById[id];
                ById.Remove(id);
                RemoveFromIndexes(row);
                return row;
            }

            private void RemoveFromIndexes(StoredRecord row)
            {
                foreach (var index in indexes.Values)
                {
                    index.Remove(row);
                }

                foreach (var index in nullIndexes.Values)
                {
                    index.Remove(row);
                }
            }
        }
    }
}
