using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Storage;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Runs a QueryExpression against the store: resolve tables and aliases, compile filters (failing on unknown
    /// columns or mistyped values before touching rows), join, filter, order, project, make distinct, then take the
    /// top count or the requested page. Without paging Dataverse returns at most 5000 rows and says there are more.
    /// </summary>
    internal sealed class QueryEvaluator
    {
        public const int MaxPageSize = 5000;

        private readonly OrganizationSchema schema;
        private readonly RecordStore store;
        private readonly ConditionCompiler conditions;

        public QueryEvaluator(OrganizationSchema schema, RecordStore store, UserCalendar calendar, Guid callerId)
        {
            this.schema = schema;
            this.store = store;
            conditions = new ConditionCompiler(calendar, callerId);
        }

        public EntityCollection Execute(QueryExpression query)
        {
            var scope = new QueryScope(query, schema);
            var paging = QueryPage.From(query.PageInfo, query.TopCount);
            var filters = new FilterCompiler(scope, conditions);
            var where = filters.Compile(query.Criteria, scope.MainAlias);
            var linkCriteria = scope.AllLinks.ToDictionary(link => link, link => filters.Compile(link.Link.LinkCriteria, link.Alias));
            var projector = new RowProjector(scope, query.ColumnSet, query.Distinct, NameOf);
            var ordering = new RowOrdering(query, scope, NameOf);

            var source = new RowSource(store);
            var rows = source.MainRows(query, scope).Select(record => new JoinedRow(scope.MainAlias, record));
            var ordered = new RowJoiner(source, linkCriteria).Join(rows, scope.Links)
                .Where(where)
                .OrderBy(row => row, ordering)
                .ToList();
            if (query.Distinct)
            {
                var distinct = ordered
                    .Select(row => (Id: row[scope.MainAlias]!.Id, Entity: projector.Project(row)))
                    .GroupBy(r => DistinctKey(r.Entity)).Select(g => g.First()).ToList();
                return paging.Slice(distinct.Select(r => r.Id).ToList(), i => distinct[i].Entity, scope.MainTable);
            }

            // Only the rows of the page are shaped into entities: a paged read of a large table touches each row once.
            return paging.Slice(ordered.Select(row => row[scope.MainAlias]!.Id).ToList(), i => projector.Project(ordered[i]), scope.MainTable);
        }

        /// <summary>
        /// One stored row with <paramref name="columns"/> (every column by default), shaped as a query for it by id
        /// returns it, without building the filter, order and page such a query needs (Retrieve and the inspection
        /// path read single rows all the time). The columns are checked first, as the query checks them before
        /// reading any row; null when there is no such row.
        /// </summary>
        public Entity? Row(string table, Guid id, ColumnSet? columns = null)
        {
            var scope = new QueryScope(new QueryExpression(table), schema);
            var projector = new RowProjector(scope, columns ?? new ColumnSet(true), distinct: false, NameOf);
            return store.Find(table, id) is { } record ? projector.Project(new JoinedRow(scope.MainAlias, record)) : null;
        }

        /// <summary>The primary name of the referenced record, as Dataverse fills EntityReference.Name.</summary>
        public string? NameOf(EntityReference reference)
        {
            if (!schema.TryGetTable(reference.LogicalName, out var table) || table.PrimaryNameAttribute == null)
            {
                return null;
            }

            return store.Find(table.LogicalName, reference.Id)?[table.PrimaryNameAttribute] as string;
        }

        private static string DistinctKey(Entity entity) =>
            string.Join("|", entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + KeyOf(a.Value)));

        private static string KeyOf(object? value)
        {
            var core = value is AliasedValue aliased ? aliased.Value : value;
            return core == null ? "null" : ValueComparer.Comparable(core) switch
            {
                string s => Collation.Fold(s.TrimEnd(' ')),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? string.Empty,
            };
        }
    }
}
