using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// The tables a query reads and the alias each goes by: the main table under its logical name, and each link
    /// entity under its EntityAlias or, when it has none, Dataverse's generated alias <c>{linktoentityname}{n}</c>
    /// (n counting links from 1). Validates every table and join column against the schema up front, so a bad query
    /// fails even when no row would reach the bad part.
    /// </summary>
    internal sealed class QueryScope
    {
        private readonly Dictionary<string, TableDefinition> tablesByAlias = new Dictionary<string, TableDefinition>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> aliasByLinkName = new Dictionary<string, string>(StringComparer.Ordinal);
        private int generated;
        private IReadOnlyList<LinkNode>? allLinks;

        public QueryScope(QueryExpression query, OrganizationSchema schema)
        {
            MainTable = schema.Table(query.EntityName);
            MainAlias = MainTable.LogicalName;
            tablesByAlias.Add(MainAlias, MainTable);
            Links = query.LinkEntities.Select(link => Build(link, MainAlias, MainTable, schema)).ToList();
        }

        public TableDefinition MainTable { get; }

        public string MainAlias { get; }

        public IReadOnlyList<LinkNode> Links { get; }

        /// <summary>Every link, depth first, in declaration order.</summary>
        public IReadOnlyList<LinkNode> AllLinks => allLinks ??= Links.SelectMany(Flatten).ToList();

        /// <summary>The alias and table a condition's or order's EntityName designates (null: <paramref name="defaultAlias"/>).</summary>
        public (string Alias, TableDefinition Table) Resolve(string? entityName, string defaultAlias)
        {
            var alias = entityName ?? defaultAlias;
            if (tablesByAlias.TryGetValue(alias, out var table))
            {
                return (alias, table);
            }

            if (aliasByLinkName.TryGetValue(alias, out var generatedAlias))
            {
                return (generatedAlias, tablesByAlias[generatedAlias]);
            }

            throw DataverseErrors.InvalidArgument($"No link entity with alias or name '{entityName}' in the query on '{MainTable.LogicalName}'.");
        }

        private LinkNode Build(LinkEntity link, string parentAlias, TableDefinition parentTable, OrganizationSchema schema)
        {
            var table = schema.Table(link.LinkToEntityName);
            var alias = string.IsNullOrEmpty(link.EntityAlias)
                ? link.LinkToEntityName + (++generated).ToString(CultureInfo.InvariantCulture)
                : link.EntityAlias;
            if (!tablesByAlias.TryAdd(alias, table))
            {
                throw DataverseErrors.InvalidArgument($"The alias '{alias}' is used by more than one table in the query on '{MainTable.LogicalName}'.");
            }

            if (string.IsNullOrEmpty(link.EntityAlias))
            {
                aliasByLinkName.TryAdd(link.LinkToEntityName, alias);
            }

            var from = parentTable.Column(link.LinkFromAttributeName);
            var to = table.Column(link.LinkToAttributeName);
            if (link.JoinOperator is JoinOperator.All or JoinOperator.NotAll or JoinOperator.Natural)
            {
                throw DataverseErrors.NotSupported($"Link entity join operator {link.JoinOperator}");
            }

            var children = link.LinkEntities.Select(child => Build(child, alias, table, schema)).ToList();
            return new LinkNode(alias, table, link, parentAlias, from, to, children);
        }

        private static IEnumerable<LinkNode> Flatten(LinkNode node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));
    }

    /// <summary>One link entity of a query, resolved: its alias, table, join columns and nested links.</summary>
    internal sealed record LinkNode(
        string Alias,
        TableDefinition Table,
        LinkEntity Link,
        string ParentAlias,
        ColumnDefinition FromColumn,
        ColumnDefinition ToColumn,
        IReadOnlyList<LinkNode> Children)
    {
        /// <summary>Semi- and anti-joins filter the parent row and contribute no columns.</summary>
        public bool ContributesColumns => Link.JoinOperator is JoinOperator.Inner or JoinOperator.LeftOuter or JoinOperator.MatchFirstRowUsingCrossApply;
    }
}
