using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// One row of a query before projection: the main record and, per link alias, the linked record (null where an
    /// outer join found none). Immutable.
    /// </summary>
    internal sealed class JoinedRow
    {
        private readonly IReadOnlyDictionary<string, StoredRecord?> records;

        public JoinedRow(string alias, StoredRecord record)
            : this(new Dictionary<string, StoredRecord?>(StringComparer.Ordinal) { [alias] = record })
        {
        }

        private JoinedRow(IReadOnlyDictionary<string, StoredRecord?> records)
        {
            this.records = records;
        }

        public StoredRecord? this[string alias] => records.TryGetValue(alias, out var record) ? record : null;

        public JoinedRow With(IEnumerable<KeyValuePair<string, StoredRecord?>> more)
        {
            var next = new Dictionary<string, StoredRecord?>(records, StringComparer.Ordinal);
            foreach (var pair in more)
            {
                next[pair.Key] = pair.Value;
            }

            return new JoinedRow(next);
        }

        public IReadOnlyDictionary<string, StoredRecord?> Records => records;
    }
}
