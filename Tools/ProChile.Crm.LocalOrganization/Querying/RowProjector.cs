using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// Shapes a joined row into the Entity Dataverse returns: the main table's primary key always (unless the query
    /// is distinct), the selected columns that have values (nulls are absent, not present-as-null), each link's
    /// columns as AliasedValue under "alias.column", lookups carrying the referenced record's name, RowVersion from
    /// versionnumber. Values are copies.
    /// </summary>
    internal sealed class RowProjector
    {
        private readonly QueryScope scope;
        private readonly ColumnSet columns;
        private readonly bool distinct;
        private readonly ValuePresenter presenter;
        private readonly IReadOnlyList<string> selected;
        private readonly bool includesKey;
        private readonly IReadOnlyList<(LinkNode Link, IReadOnlyList<string> Columns)> linkedColumns;

        public RowProjector(QueryScope scope, ColumnSet? columns, bool distinct, Func<EntityReference, string?> nameOf)
        {
            this.scope = scope;
            this.columns = columns ?? new ColumnSet();
            this.distinct = distinct;
            presenter = new ValuePresenter(nameOf);
            Validate(scope.MainTable, this.columns);
            foreach (var link in scope.AllLinks)
            {
                Validate(link.Table, link.Link.Columns);
            }

            // The same for every row: worked out once per query, not per row.
            selected = Selected(scope.MainTable, this.columns).ToList();
            includesKey = !distinct || selected.Contains(scope.MainTable.PrimaryIdAttribute);
            linkedColumns = scope.AllLinks.Where(l => l.ContributesColumns)
                .Select(l => (l, (IReadOnlyList<string>)Selected(l.Table, l.Link.Columns).ToList()))
                .ToList();
        }

        public Entity Project(JoinedRow row)
        {
            var main = row[scope.MainAlias]!;
            var entity = new Entity(scope.MainTable.LogicalName, includesKey ? main.Id : Guid.Empty);
            if (!distinct)
            {
                entity[scope.MainTable.PrimaryIdAttribute] = main.Id;
            }

            foreach (var column in selected)
            {
                if (main[column] is { } value)
                {
                    entity[column] = presenter.Present(value);
                }
            }

            foreach (var (link, linkColumns) in linkedColumns)
            {
                if (row[link.Alias] is not { } linked)
                {
                    continue;
                }

                foreach (var column in linkColumns)
                {
                    if (linked[column] is { } value)
                    {
                        entity[link.Alias + "." + column] = new AliasedValue(link.Table.LogicalName, column, presenter.Present(value));
                    }
                }
            }

            entity.RowVersion = main[SystemColumns.VersionNumber]?.ToString();
            return entity;
        }

        private static IEnumerable<string> Selected(TableDefinition table, ColumnSet? columnSet)
        {
            if (columnSet == null)
            {
                return Enumerable.Empty<string>();
            }

            return columnSet.AllColumns ? table.Columns.Select(c => c.LogicalName) : columnSet.Columns;
        }

        private static void Validate(TableDefinition table, ColumnSet? columnSet)
        {
            if (columnSet == null || columnSet.AllColumns)
            {
                return;
            }

            foreach (var column in columnSet.Columns)
            {
                table.Column(column);
            }
        }
    }
}
