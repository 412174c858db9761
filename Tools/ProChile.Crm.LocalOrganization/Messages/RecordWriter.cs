using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// Writes rows with the rules Dataverse applies on every write: values normalized per column; values for
    /// platform-managed columns ignored; createdon/modifiedon, createdby/modifiedby and versionnumber stamped;
    /// statecode/statuscode defaulted and kept consistent; ownerid defaulted to the caller with owningbusinessunit
    /// following the owner; lookups must point at existing records.
    /// </summary>
    internal sealed class RecordWriter
    {
        private readonly OrganizationCore core;

        public RecordWriter(OrganizationCore core)
        {
            this.core = core;
        }

        public Guid Create(TableDefinition table, Entity target, Guid userId, StoreTransaction transaction)
        {
            var id = NewId(table, target);
            if (core.Store.Find(table.LogicalName, id) != null)
            {
                throw DataverseErrors.DuplicateKey();
            }

            var values = ColumnValues(table, target);
            ApplyState(table, id, values, isCreate: true);
            var now = Now();
            var user = new EntityReference(SystemColumns.SystemUser, userId);
            values[table.PrimaryIdAttribute] = id;
            values[SystemColumns.CreatedOn] = now;
            values[SystemColumns.ModifiedOn] = now;
            values[SystemColumns.CreatedBy] = user;
            values[SystemColumns.ModifiedBy] = AttributeValues.CloneReference(user);
            values[SystemColumns.VersionNumber] = core.NextVersion();
            if (table.Ownership == TableOwnership.UserOwned)
            {
                var owner = values.TryGetValue(SystemColumns.OwnerId, out var given) && given is EntityReference reference ? reference : AttributeValues.CloneReference(user);
                values[SystemColumns.OwnerId] = owner;
                values[SystemColumns.OwningBusinessUnit] = BusinessUnitOf(owner);
            }

            EnsureReferencesExist(values);
            core.Store.Insert(new StoredRecord(table.LogicalName, id, NonNull(values)), transaction);
            return id;
        }

        public void Update(TableDefinition table, StoredRecord existing, Entity target, Guid userId, StoreTransaction transaction)
        {
            var values = ColumnValues(table, target);
            ApplyState(table, existing.Id, values, isCreate: false);
            if (values.TryGetValue(SystemColumns.OwnerId, out var owner))
            {
                values[SystemColumns.OwningBusinessUnit] = owner is EntityReference reference
                    ? BusinessUnitOf(reference)
                    : throw DataverseErrors.InvalidArgument($"ownerid of {table.LogicalName} cannot be cleared; assign another owner.");
            }

            values[SystemColumns.ModifiedOn] = Now();
            values[SystemColumns.ModifiedBy] = new EntityReference(SystemColumns.SystemUser, userId);
            values[SystemColumns.VersionNumber] = core.NextVersion();
            EnsureReferencesExist(values);
            core.Store.Replace(existing.With(values), transaction);
        }

        public void Delete(TableDefinition table, Guid id, StoreTransaction transaction) =>
            core.Store.Remove(table.LogicalName, id, transaction);

        /// <summary>Cascade "remove link": clears a lookup that points at a deleted record.</summary>
        public void ClearReference(StoredRecord row, string column, StoreTransaction transaction) =>
            core.Store.Replace(row.With(new Dictionary<string, object?> { [column] = null, [SystemColumns.VersionNumber] = core.NextVersion() }), transaction);

        /// <summary>One N:N pair, as a row of the intersect table.</summary>
        public void InsertIntersect(ManyToManyRelationship relationship, Guid entity1Id, Guid entity2Id, StoreTransaction transaction)
        {
            var table = core.Schema.Table(relationship.IntersectEntity);
            var id = core.Ids.Next();
            var now = Now();
            var values = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [table.PrimaryIdAttribute] = id,
                [relationship.Entity1IntersectAttribute] = entity1Id,
                [relationship.Entity2IntersectAttribute] = entity2Id,
                [SystemColumns.CreatedOn] = now,
                [SystemColumns.ModifiedOn] = now,
                [SystemColumns.VersionNumber] = core.NextVersion(),
            };
            core.Store.Insert(new StoredRecord(table.LogicalName, id, values), transaction);
        }

        private Guid NewId(TableDefinition table, Entity target)
        {
            var attributeId = target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var value) ? value : null;
            if (attributeId != null && attributeId is not Guid)
            {
                throw DataverseErrors.IncorrectValueType(table.LogicalName, table.PrimaryIdAttribute, attributeId, "System.Guid");
            }

            var fromAttribute = attributeId as Guid? ?? Guid.Empty;
            if (target.Id != Guid.Empty && fromAttribute != Guid.Empty && target.Id != fromAttribute)
            {
                throw DataverseErrors.InvalidArgument($"Entity Id {target.Id} and {table.PrimaryIdAttribute} {fromAttribute} of the {table.LogicalName} to create differ.");
            }

            var id = target.Id != Guid.Empty ? target.Id : fromAttribute;
            return id != Guid.Empty ? id : core.Ids.Next();
        }

        private static Dictionary<string, object?> ColumnValues(TableDefinition table, Entity target)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var attribute in target.Attributes)
            {
                var column = table.Column(attribute.Key);
                if (column.IsPrimaryId || column.IsSystemManaged)
                {
                    continue;
                }

                values[column.LogicalName] = ColumnValueNormalizer.Normalize(table, column, attribute.Value);
            }

            return values;
        }

        private static void ApplyState(TableDefinition table, Guid id, Dictionary<string, object?> values, bool isCreate)
        {
            var model = table.States;
            if (model == null)
            {
                return;
            }

            var hasState = values.TryGetValue(SystemColumns.StateCode, out var stateValue);
            var hasStatus = values.TryGetValue(SystemColumns.StatusCode, out var statusValue);
            if ((hasState && stateValue == null) || (hasStatus && statusValue == null))
            {
                throw DataverseErrors.InvalidArgument($"statecode and statuscode of {table.LogicalName} cannot be set to null.");
            }

            if (!isCreate && !hasState && !hasStatus)
            {
                return;
            }

            var state = (OptionSetValue?)stateValue;
            var status = (OptionSetValue?)statusValue;
            StateOption option;
            if (state != null)
            {
                option = model.FindState(state.Value) ?? throw DataverseErrors.OptionOutOfRange(table.LogicalName, SystemColumns.StateCode, state.Value, model.States.Select(s => s.Value));
            }
            else if (status != null)
            {
                option = model.StateOfStatus(status.Value) ?? throw DataverseErrors.OptionOutOfRange(table.LogicalName, SystemColumns.StatusCode, status.Value, model.AllStatuses);
            }
            else
            {
                option = model.DefaultState;
            }

            var statusCode = status?.Value ?? option.DefaultStatus;
            if (!option.Statuses.Contains(statusCode))
            {
                throw DataverseErrors.InvalidStatusForState(table.LogicalName, statusCode, option.Name, id);
            }

            values[SystemColumns.StateCode] = new OptionSetValue(option.Value);
            values[SystemColumns.StatusCode] = new OptionSetValue(statusCode);
        }

        private EntityReference BusinessUnitOf(EntityReference owner)
        {
            var row = core.Store.Find(owner.LogicalName, owner.Id) ?? throw DataverseErrors.RecordNotFound(owner.LogicalName, owner.Id);
            return row["businessunitid"] is EntityReference unit
                ? AttributeValues.CloneReference(unit)
                : new EntityReference(SystemColumns.BusinessUnit, core.RootBusinessUnitId);
        }

        private void EnsureReferencesExist(Dictionary<string, object?> values)
        {
            foreach (var reference in values.Values.OfType<EntityReference>())
            {
                if (core.Store.Find(reference.LogicalName, reference.Id) == null)
                {
                    throw DataverseErrors.RecordNotFound(reference.LogicalName, reference.Id);
                }
            }
        }

        private DateTime Now()
        {
            var now = core.Clock.UtcNow;
            return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }

        private static Dictionary<string, object> NonNull(Dictionary<string, object?> values)
        {
            var stored = new Dictionary<string, object>(values.Count, StringComparer.Ordinal);
            foreach (var pair in values)
            {
                if (pair.Value != null)
                {
                    stored.Add(pair.Key, pair.Value);
                }
            }

            return stored;
        }
    }
}
