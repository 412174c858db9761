using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// One row of a query being evaluated: the main table's record and, once joined, each link's record (null for
    /// an outer link that matched nothing), by alias. Every candidate row of a scan becomes one, so a row of the
    /// main table alone holds no collection at all, and a joined row keeps its few aliases in an array.
    /// </summary>
    internal sealed class JoinedRow
    {
        private readonly string mainAlias;
        private readonly StoredRecord mainRecord;
        private readonly KeyValuePair<string, StoredRecord?>[] links;

        public JoinedRow(string alias, StoredRecord record)
            : this(alias, record, Array.Empty<KeyValuePair<string, StoredRecord?>>())
        {
        }

        private JoinedRow(string mainAlias, StoredRecord mainRecord, KeyValuePair<string, StoredRecord?>[] links)
        {
            this.mainAlias = mainAlias;
            this.mainRecord = mainRecord;
            this.links = links;
        }

        public StoredRecord? this[string alias]
        {
            get
            {
                if (string.Equals(alias, mainAlias, StringComparison.Ordinal))
                {
                    return mainRecord;
                }
                foreach (var link in links)
                {
                    if (string.Equals(alias, link.Key, StringComparison.Ordinal))
                    {
                        return link.Value;
                    }
                }
                return null;
            }
        }

        /// <summary>This row with <paramref name="more"/> aliases joined (QueryScope has made every alias unique).</summary>
        public JoinedRow With(IEnumerable<KeyValuePair<string, StoredRecord?>> more)
        {
            var next = new List<KeyValuePair<string, StoredRecord?>>(links);
            next.AddRange(more);
            return new JoinedRow(mainAlias, mainRecord, next.ToArray());
        }
    }
}
