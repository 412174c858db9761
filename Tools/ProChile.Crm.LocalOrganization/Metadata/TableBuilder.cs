using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>
    /// Declares one table's columns, fluently: <c>t.PrimaryName("name", 160).Lookup("parentaccountid", "account")</c>.
    /// The primary id (<c>{table}id</c>) and the system columns (createdon, modifiedon, createdby, modifiedby,
    /// versionnumber, statecode/statuscode, ownerid/owningbusinessunit for user-owned tables) are added on build.
    /// </summary>
    public sealed class TableBuilder
    {
        private readonly string logicalName;
        private readonly List<ColumnDefinition> columns = new List<ColumnDefinition>();
        private string primaryId;
        private string? primaryName;
        private TableOwnership ownership = TableOwnership.UserOwned;
        private StateModel? states = StateModel.ActiveInactive;
        private bool isIntersect;
        private string? schemaName;

        internal TableBuilder(string logicalName)
        {
            this.logicalName = logicalName;
            primaryId = logicalName + "id";
        }

        public TableBuilder PrimaryId(string name)
        {
            primaryId = name;
            return this;
        }

        public TableBuilder PrimaryName(string name, int maxLength = 100)
        {
            primaryName = name;
            return Add(new ColumnDefinition(name, ColumnType.String) { MaxLength = maxLength });
        }

        /// <summary>The table's schema name (pch_CategoryHistory); the logical name when not given.</summary>
        public TableBuilder SchemaName(string name)
        {
            schemaName = name;
            return this;
        }

        public TableBuilder OrganizationOwned()
        {
            ownership = TableOwnership.OrganizationOwned;
            return this;
        }

        public TableBuilder WithStates(StateModel model)
        {
            states = model;
            return this;
        }

        public TableBuilder WithoutStates()
        {
            states = null;
            return this;
        }

        public TableBuilder String(string name, int maxLength = 100) =>
            Add(new ColumnDefinition(name, ColumnType.String) { MaxLength = maxLength });

        public TableBuilder Memo(string name, int maxLength = 2000) =>
            Add(new ColumnDefinition(name, ColumnType.Memo) { MaxLength = maxLength });

        public TableBuilder Integer(string name) => Add(new ColumnDefinition(name, ColumnType.Integer));

        public TableBuilder BigInt(string name) => Add(new ColumnDefinition(name, ColumnType.BigInt));

        public TableBuilder Decimal(string name, int precision = 2) =>
            Add(new ColumnDefinition(name, ColumnType.Decimal) { Precision = precision });

        public TableBuilder Double(string name) => Add(new ColumnDefinition(name, ColumnType.Double));

        public TableBuilder Money(string name, int precision = 2) =>
            Add(new ColumnDefinition(name, ColumnType.Money) { Precision = precision });

        public TableBuilder Boolean(string name) => Add(new ColumnDefinition(name, ColumnType.Boolean));

        public TableBuilder DateTime(string name) => Add(new ColumnDefinition(name, ColumnType.DateTime));

        public TableBuilder Uniqueidentifier(string name) => Add(new ColumnDefinition(name, ColumnType.Uniqueidentifier));

        /// <summary>A lookup to one table; <paramref name="relationship"/> defaults to <c>{target}_{table}_{column}</c>.</summary>
        public TableBuilder Lookup(string name, string target, CascadeDelete onDelete = CascadeDelete.RemoveLink, string? relationship = null) =>
            Add(new ColumnDefinition(name, ColumnType.Lookup)
            {
                Targets = new[] { target },
                OnDelete = onDelete,
                RelationshipName = relationship ?? $"{target}_{logicalName}_{name}",
            });

        /// <summary>A customer lookup (account or contact).</summary>
        public TableBuilder Customer(string name, CascadeDelete onDelete = CascadeDelete.RemoveLink) =>
            Add(new ColumnDefinition(name, ColumnType.Customer) { Targets = new[] { "account", "contact" }, OnDelete = onDelete });

        /// <summary>An activity's party list (from, to...): parties among <paramref name="targets"/>, or bare addresses.</summary>
        public TableBuilder PartyList(string name, params string[] targets) =>
            Add(new ColumnDefinition(name, ColumnType.PartyList) { Targets = targets });

        public TableBuilder Picklist(string name, params int[] options) =>
            Add(new ColumnDefinition(name, ColumnType.Picklist) { Options = RequireOptions(name, options) });

        public TableBuilder MultiSelectPicklist(string name, params int[] options) =>
            Add(new ColumnDefinition(name, ColumnType.MultiSelectPicklist) { Options = RequireOptions(name, options) });

        internal TableBuilder Intersect()
        {
            isIntersect = true;
            return this;
        }

        internal TableDefinition Build()
        {
            var all = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
            void Put(ColumnDefinition column)
            {
                if (!all.TryAdd(column.LogicalName, column))
                {
                    throw new ArgumentException($"Table '{logicalName}' declares column '{column.LogicalName}' twice (or a system column of that name).");
                }
            }

            Put(new ColumnDefinition(primaryId, ColumnType.Uniqueidentifier) { IsPrimaryId = true });
            foreach (var column in columns)
            {
                Put(column);
            }

            foreach (var column in SystemColumnsFor())
            {
                Put(column);
            }

            return new TableDefinition(logicalName, primaryId, primaryName, ownership, isIntersect ? null : states, all, isIntersect)
            {
                SchemaName = schemaName ?? logicalName,
            };
        }

        private IEnumerable<ColumnDefinition> SystemColumnsFor()
        {
            yield return new ColumnDefinition(SystemColumns.CreatedOn, ColumnType.DateTime) { IsSystemManaged = true };
            yield return new ColumnDefinition(SystemColumns.ModifiedOn, ColumnType.DateTime) { IsSystemManaged = true };
            yield return new ColumnDefinition(SystemColumns.CreatedBy, ColumnType.Lookup) { IsSystemManaged = true, Targets = new[] { SystemColumns.SystemUser } };
            yield return new ColumnDefinition(SystemColumns.ModifiedBy, ColumnType.Lookup) { IsSystemManaged = true, Targets = new[] { SystemColumns.SystemUser } };
            yield return new ColumnDefinition(SystemColumns.VersionNumber, ColumnType.BigInt) { IsSystemManaged = true };
            if (states != null && !isIntersect)
            {
                yield return new ColumnDefinition(SystemColumns.StateCode, ColumnType.State);
                yield return new ColumnDefinition(SystemColumns.StatusCode, ColumnType.Status);
            }

            if (ownership == TableOwnership.UserOwned && !isIntersect)
            {
                yield return new ColumnDefinition(SystemColumns.OwnerId, ColumnType.Owner) { Targets = new[] { SystemColumns.SystemUser, SystemColumns.Team } };
                yield return new ColumnDefinition(SystemColumns.OwningBusinessUnit, ColumnType.Lookup) { IsSystemManaged = true, Targets = new[] { SystemColumns.BusinessUnit } };
            }
        }

        private TableBuilder Add(ColumnDefinition column)
        {
            columns.Add(column);
            return this;
        }

        private int[] RequireOptions(string name, int[] options)
        {
            if (options.Length == 0 || options.Distinct().Count() != options.Length)
            {
                throw new ArgumentException($"Choice column '{logicalName}.{name}' needs its option values, each once.", nameof(options));
            }

            return options;
        }
    }
}
