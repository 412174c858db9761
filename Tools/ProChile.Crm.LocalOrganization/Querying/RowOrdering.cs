using System;
using System.Collections.Generic;
using System.Data.SqlTypes;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// The order of a query's rows: the main entity's orders first, then each link entity's, then the primary keys
    /// (main, then links) in uniqueidentifier order as the tie-breaker that makes paging stable. Nulls sort first in
    /// ascending order (SQL Server). A lookup sorts by the referenced record's primary name, as Dataverse does.
    /// Choice columns sort by value here (Dataverse sorts them by label; the local organization has no labels).
    /// </summary>
    internal sealed class RowOrdering : IComparer<JoinedRow>
    {
        private readonly IReadOnlyList<SortKey> keys;

        public RowOrdering(QueryExpression query, QueryScope scope, Func<EntityReference, string?> nameOf)
        {
            var sortKeys = new List<SortKey>();
            foreach (var order in query.Orders)
            {
                sortKeys.Add(Key(order, scope, scope.MainAlias, nameOf));
            }

            foreach (var link in scope.AllLinks)
            {
                sortKeys.AddRange(link.Link.Orders.Select(order => Key(order, scope, link.Alias, nameOf)));
            }

            sortKeys.Add(new SortKey(scope.MainAlias, scope.MainTable.PrimaryIdAttribute, false, v => v));
            sortKeys.AddRange(scope.AllLinks.Where(l => l.ContributesColumns).Select(l => new SortKey(l.Alias, l.Table.PrimaryIdAttribute, false, v => v)));
            keys = sortKeys;
        }

        public int Compare(JoinedRow? x, JoinedRow? y)
        {
            foreach (var key in keys)
            {
                var result = key.Compare(x!, y!);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }

        private static SortKey Key(OrderExpression order, QueryScope scope, string defaultAlias, Func<EntityReference, string?> nameOf)
        {
            var (alias, table) = scope.Resolve(string.IsNullOrEmpty(order.EntityName) ? null : order.EntityName, defaultAlias);
            var column = table.Column(order.AttributeName);
            Func<object, object?> sortValue = column.IsReference
                ? v => nameOf((EntityReference)v)
                : v => v;
            return new SortKey(alias, column.LogicalName, order.OrderType == OrderType.Descending, sortValue);
        }

        private sealed record SortKey(string Alias, string Column, bool Descending, Func<object, object?> SortValue)
        {
            public int Compare(JoinedRow x, JoinedRow y)
            {
                var a = Value(x);
                var b = Value(y);
                int result;
                if (a == null || b == null)
                {
                    result = a == null ? (b == null ? 0 : -1) : 1;
                }
                else
                {
                    result = a is Guid ga && b is Guid gb ? new SqlGuid(ga).CompareTo(new SqlGuid(gb)) : ValueComparer.Compare(a, b);
                }

                return Descending ? -result : result;
            }

            private object? Value(JoinedRow row)
            {
                var stored = row[Alias]?[Column];
                return stored == null ? null : SortValue(stored);
            }
        }
    }
}
