using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// The rows of every table, by id. Every write goes through a <see cref="StoreTransaction"/> that journals the
    /// previous state, so a failed operation leaves nothing half-written.
    /// </summary>
    internal sealed class RecordStore
    {
        private readonly Dictionary<string, Dictionary<Guid, StoredRecord>> tables = new Dictionary<string, Dictionary<Guid, StoredRecord>>(StringComparer.Ordinal);

        public StoredRecord? Find(string table, Guid id) =>
            tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

        public IReadOnlyList<StoredRecord> Scan(string table) =>
            tables.TryGetValue(table, out var rows) ? rows.Values.ToList() : (IReadOnlyList<StoredRecord>)Array.Empty<StoredRecord>();

        public int Count(string table) => tables.TryGetValue(table, out var rows) ? rows.Count : 0;

        public void Insert(StoredRecord row, StoreTransaction transaction)
        {
            transaction.EnsureActive();
            var rows = Rows(row.TableName);
            if (rows.ContainsKey(row.Id))
            {
                throw new InvalidOperationException($"{row.TableName} {row.Id} already exists; callers check for duplicates first.");
            }

            rows.Add(row.Id, row);
            transaction.Journal(() => rows.Remove(row.Id));
        }

        public void Replace(StoredRecord row, StoreTransaction transaction)
        {
            transaction.EnsureActive();
            var rows = Rows(row.TableName);
            var previous = rows[row.Id];
            rows[row.Id] = row;
            transaction.Journal(() => rows[row.Id] = previous);
        }

        public void Remove(string table, Guid id, StoreTransaction transaction)
        {
            transaction.EnsureActive();
            var rows = Rows(table);
            var previous = rows[id];
            rows.Remove(id);
            transaction.Journal(() => rows.Add(id, previous));
        }

        private Dictionary<Guid, StoredRecord> Rows(string table)
        {
            if (!tables.TryGetValue(table, out var rows))
            {
                rows = new Dictionary<Guid, StoredRecord>();
                tables.Add(table, rows);
            }

            return rows;
        }
    }
}
