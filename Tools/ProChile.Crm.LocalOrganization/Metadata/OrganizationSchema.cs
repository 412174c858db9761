using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>
    /// The organization's metadata: declared tables and relationships. Unknown tables fail with Dataverse's
    /// "not found in the MetadataCache" fault. systemuser, team and businessunit are declared from the start, and so are
    /// the platform's security roles (a solution's roles ship with its tables, so they are declared here too).
    /// </summary>
    public sealed class OrganizationSchema
    {
        private readonly Dictionary<string, TableDefinition> tables = new Dictionary<string, TableDefinition>(StringComparer.Ordinal);
        private readonly Dictionary<string, ManyToManyRelationship> manyToMany = new Dictionary<string, ManyToManyRelationship>(StringComparer.Ordinal);

        internal OrganizationSchema()
        {
            // Lengths from Microsoft's table/entity reference: businessunit Name 160
            // (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/businessunit), systemuser
            // FullName 200, InternalEMailAddress 100, DomainName 1024
            // (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser), team Name 160
            // (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team).
            DeclareTable(SystemColumns.BusinessUnit, t => t.OrganizationOwned().WithoutStates().PrimaryName("name", 160)
                .Lookup("parentbusinessunitid", SystemColumns.BusinessUnit));
            DeclareTable(SystemColumns.SystemUser, t => t.OrganizationOwned().WithoutStates().PrimaryName("fullname", 200)
                .Lookup("businessunitid", SystemColumns.BusinessUnit).String("domainname", 1024).String("internalemailaddress", 100).Boolean("isdisabled"));
            DeclareTable(SystemColumns.Team, t => t.OrganizationOwned().WithoutStates().PrimaryName("name", 160)
                .Lookup("businessunitid", SystemColumns.BusinessUnit));
        }

        public IEnumerable<TableDefinition> Tables => tables.Values;

        /// <summary>The security roles users may hold: Basic User and System Administrator, then the solution's.</summary>
        public Security.RoleCatalog Roles { get; } = new Security.RoleCatalog();

        /// <summary>Declares a table (logical name in lower case, as Dataverse requires) and its columns.</summary>
        public TableDefinition DeclareTable(string logicalName, Action<TableBuilder>? columns = null)
        {
            if (string.IsNullOrWhiteSpace(logicalName) || logicalName != logicalName.ToLowerInvariant())
            {
                throw new ArgumentException($"Table logical name '{logicalName}' must be non-empty and lower case.", nameof(logicalName));
            }

            if (tables.ContainsKey(logicalName))
            {
                throw new ArgumentException($"Table '{logicalName}' is already declared.", nameof(logicalName));
            }

            var builder = new TableBuilder(logicalName);
            columns?.Invoke(builder);
            var table = builder.Build();
            tables.Add(logicalName, table);
            return table;
        }

        /// <summary>
        /// Declares an N:N relationship between two different tables and its intersect table
        /// (<paramref name="intersectEntity"/>, default the schema name in lower case) with columns {entity1}id and {entity2}id.
        /// </summary>
        public ManyToManyRelationship DeclareManyToMany(string schemaName, string entity1, string entity2, string? intersectEntity = null)
        {
            if (entity1 == entity2)
            {
                throw new ArgumentException($"N:N relationship '{schemaName}' relates '{entity1}' to itself; self-referencing N:N is not modelled.", nameof(entity2));
            }

            var first = Table(entity1);
            var second = Table(entity2);
            var intersect = intersectEntity ?? schemaName.ToLowerInvariant();
            var relationship = new ManyToManyRelationship(schemaName, entity1, entity2, intersect, first.PrimaryIdAttribute, second.PrimaryIdAttribute);
            if (manyToMany.ContainsKey(schemaName) || FindOneToMany(schemaName) != null)
            {
                throw new ArgumentException($"Relationship '{schemaName}' is already declared.", nameof(schemaName));
            }

            DeclareTable(intersect, t => t.OrganizationOwned().WithoutStates().Intersect()
                .Uniqueidentifier(relationship.Entity1IntersectAttribute)
                .Uniqueidentifier(relationship.Entity2IntersectAttribute));
            manyToMany.Add(schemaName, relationship);
            return relationship;
        }

        public bool TryGetTable(string? logicalName, out TableDefinition table)
        {
            if (logicalName != null && tables.TryGetValue(logicalName, out var found))
            {
                table = found;
                return true;
            }

            table = null!;
            return false;
        }

        public TableDefinition Table(string? logicalName) =>
            TryGetTable(logicalName, out var table) ? table : throw DataverseErrors.EntityNotInMetadata(logicalName);

        public ManyToManyRelationship? FindManyToMany(string schemaName) =>
            manyToMany.TryGetValue(schemaName, out var relationship) ? relationship : null;

        public OneToManyRelationship? FindOneToMany(string schemaName) =>
            (from table in tables.Values
             from column in table.Columns
             where column.Type == ColumnType.Lookup && column.RelationshipName == schemaName
             select new OneToManyRelationship(schemaName, column.Targets[0], table.LogicalName, column.LogicalName)).FirstOrDefault();

        /// <summary>The lookup columns (of any table) that may point at records of <paramref name="referencedTable"/>.</summary>
        internal IEnumerable<(TableDefinition Table, ColumnDefinition Column)> ReferencesTo(string referencedTable) =>
            from table in tables.Values
            from column in table.Columns
            where column.IsReference && !column.IsSystemManaged && column.Targets.Contains(referencedTable)
            select (table, column);

        internal IEnumerable<ManyToManyRelationship> ManyToManyOf(string table) =>
            manyToMany.Values.Where(r => r.Entity1 == table || r.Entity2 == table);
    }
}
