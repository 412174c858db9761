using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Expands main rows through the link entities as SQL joins would: Inner keeps rows with a match (one row per
    /// match), LeftOuter keeps every row (nulls where nothing matched), Exists/In/Any keep rows with some match and
    /// NotAny rows with none, without adding columns; MatchFirstRowUsingCrossApply takes the first match only.
    /// Link criteria belong to the join condition (the ON clause), not the WHERE.
    /// </summary>
    internal sealed class RowJoiner
    {
        private readonly RowSource source;
        private readonly IReadOnlyDictionary<LinkNode, Func<JoinedRow, bool>> linkCriteria;

        public RowJoiner(RowSource source, IReadOnlyDictionary<LinkNode, Func<JoinedRow, bool>> linkCriteria)
        {
            this.source = source;
            this.linkCriteria = linkCriteria;
        }

        public IEnumerable<JoinedRow> Join(IEnumerable<JoinedRow> rows, IEnumerable<LinkNode> links)
        {
            foreach (var link in links)
            {
                rows = rows.SelectMany(row => Expand(row, link)).ToList();
            }

            return rows;
        }

        private IEnumerable<JoinedRow> Expand(JoinedRow row, LinkNode link)
        {
            var parent = row[link.ParentAlias];
            var matches = parent == null
                ? new List<JoinedRow>()
                : Candidates(parent, link)
                    .Select(candidate => row.With(new[] { new KeyValuePair<string, StoredRecord?>(link.Alias, candidate) }))
                    .Where(candidateRow => linkCriteria[link](candidateRow))
                    .SelectMany(candidateRow => Join(new[] { candidateRow }, link.Children))
                    .ToList();

            switch (link.Link.JoinOperator)
            {
                case JoinOperator.LeftOuter:
                    return matches.Count > 0 ? matches : new[] { row.With(NullsFor(link)) };
                case JoinOperator.Exists:
                case JoinOperator.In:
                case JoinOperator.Any:
                    return matches.Count > 0 ? new[] { row } : Array.Empty<JoinedRow>();
                case JoinOperator.NotAny:
                    return matches.Count == 0 ? new[] { row } : Array.Empty<JoinedRow>();
                case JoinOperator.MatchFirstRowUsingCrossApply:
                    return matches.Take(1);
                default:
                    return matches;
            }
        }

        private IEnumerable<StoredRecord> Candidates(StoredRecord parent, LinkNode link)
        {
            var key = Key(parent, link.FromColumn.LogicalName, link.FromColumn.IsPrimaryId);
            if (key == null)
            {
                return Enumerable.Empty<StoredRecord>();
            }

            var firstMatchOnly = link.Link.JoinOperator == JoinOperator.MatchFirstRowUsingCrossApply;
            return source.Matching(link.Table, link.ToColumn, key, storageOrder: firstMatchOnly)
                .Where(candidate => Key(candidate, link.ToColumn.LogicalName, link.ToColumn.IsPrimaryId) is { } other && ValueComparer.AreEqual(key, other));
        }

        private static object? Key(StoredRecord record, string column, bool isPrimaryId)
        {
            var value = isPrimaryId ? record.Id : record[column];
            return value == null ? null : ValueComparer.Comparable(value);
        }

        private static IEnumerable<KeyValuePair<string, StoredRecord?>> NullsFor(LinkNode link) =>
            new[] { new KeyValuePair<string, StoredRecord?>(link.Alias, null) }.Concat(link.Children.SelectMany(NullsFor));
    }
}
