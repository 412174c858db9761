using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>Update: applies the Target's columns (as PreOperation steps left them) to an existing record.</summary>
    internal sealed class UpdateHandler : IMessageHandler
    {
        private readonly OrganizationCore core;
        private readonly RecordWriter writer;

        public UpdateHandler(OrganizationCore core, RecordWriter writer)
        {
            this.core = core;
            this.writer = writer;
        }

        public string MessageName => "Update";

        public PrimaryRecord Describe(ParameterCollection input)
        {
            var target = RequestParameters.Required<Entity>(input, "Target", MessageName);
            var table = core.Schema.Table(target.LogicalName);
            foreach (var attribute in target.Attributes)
            {
                table.Column(attribute.Key);
            }

            var id = IdOf(table, target);
            target.Id = id;
            if (core.Store.Find(table.LogicalName, id) == null)
            {
                throw DataverseErrors.RecordNotFound(table.LogicalName, id);
            }

            return new PrimaryRecord(table.LogicalName, id);
        }

        public void Execute(OperationExecution operation)
        {
            var target = RequestParameters.Required<Entity>(operation.InputParameters, "Target", MessageName);
            var table = core.Schema.Table(target.LogicalName);
            var existing = core.Store.Find(table.LogicalName, operation.PrimaryEntityId)
                ?? throw DataverseErrors.RecordNotFound(table.LogicalName, operation.PrimaryEntityId);
            if (core.Security.IsChecked(operation.Caller))
            {
                Check(table, existing, target, operation.Caller.UserId);
            }

            writer.Update(table, existing, target, operation.Caller.UserId, operation.Transaction!);
        }

        public OrganizationResponse Respond(ParameterCollection output) => new UpdateResponse();

        /// <summary>
        /// Write access for any column but the owner, Assign access when the owner changes, and Append on the row plus
        /// AppendTo on the target for every lookup set to a new record.
        /// </summary>
        private void Check(TableDefinition table, StoredRecord existing, Entity target, Guid userId)
        {
            var changedOwner = target.GetAttributeValue<EntityReference>(SystemColumns.OwnerId) is EntityReference owner
                && !(existing[SystemColumns.OwnerId] is EntityReference current && current.Id == owner.Id);
            if (target.Attributes.Keys.Any(column => column != SystemColumns.OwnerId && column != table.PrimaryIdAttribute))
            {
                core.Security.RequireAccess(userId, table, PrivilegeType.Write, existing);
            }

            if (changedOwner)
            {
                core.Security.RequireAccess(userId, table, PrivilegeType.Assign, existing);
            }

            var changed = target.Attributes.Where(a => !(a.Value is EntityReference value && existing[a.Key] is EntityReference stored && stored.Id == value.Id && stored.LogicalName == value.LogicalName));
            foreach (var reference in LookupValues.Set(table, changed))
            {
                core.Security.RequireAccess(userId, table, PrivilegeType.Append, existing);
                core.Security.RequireAppendTo(userId, reference);
            }
        }

        private static Guid IdOf(TableDefinition table, Entity target)
        {
            var fromAttribute = target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var value) && value is Guid g ? g : Guid.Empty;
            var id = target.Id != Guid.Empty ? target.Id : fromAttribute;
            if (id == Guid.Empty)
            {
                throw DataverseErrors.InvalidArgument($"Entity Id must be specified for Update ({table.LogicalName}).");
            }

            return id;
        }
    }
}
