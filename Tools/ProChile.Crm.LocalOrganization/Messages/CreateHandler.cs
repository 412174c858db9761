using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>Create: inserts the Target (as PreOperation steps left it); output "id"; the Target gets the new id for PostOperation.</summary>
    internal sealed class CreateHandler : IMessageHandler
    {
        private readonly OrganizationCore core;
        private readonly RecordWriter writer;

        public CreateHandler(OrganizationCore core, RecordWriter writer)
        {
            this.core = core;
            this.writer = writer;
        }

        public string MessageName => "Create";

        public PrimaryRecord Describe(ParameterCollection input)
        {
            var target = RequestParameters.Required<Entity>(input, "Target", MessageName);
            var table = core.Schema.Table(target.LogicalName);
            if (table.IsIntersect)
            {
                throw DataverseErrors.NotSupported($"Create on the intersect table '{table.LogicalName}' (use Associate)");
            }

            if (target.RelatedEntities.Count > 0)
            {
                throw DataverseErrors.NotSupported("Creating related records in the same request (deep insert)");
            }

            foreach (var attribute in target.Attributes)
            {
                table.Column(attribute.Key);
            }

            return new PrimaryRecord(table.LogicalName, target.Id);
        }

        public void Execute(OperationExecution operation)
        {
            var target = RequestParameters.Required<Entity>(operation.InputParameters, "Target", MessageName);
            var table = core.Schema.Table(target.LogicalName);
            if (core.Security.IsChecked(operation.Caller))
            {
                Check(table, target, operation.Caller.UserId);
            }

            var id = writer.Create(table, target, operation.Caller.UserId, operation.Transaction!);
            target.Id = id;
            operation.PrimaryEntityId = id;
            operation.OutputParameters["id"] = id;
        }

        /// <summary>
        /// Create access for the new row's owner (the caller unless Target names one), then Append on the new row and
        /// AppendTo on every record a lookup of it points at.
        /// </summary>
        private void Check(TableDefinition table, Entity target, Guid userId)
        {
            var owner = target.GetAttributeValue<EntityReference>(SystemColumns.OwnerId) ?? new EntityReference(SystemColumns.SystemUser, userId);
            var unit = table.Ownership == TableOwnership.UserOwned ? new EntityReference(SystemColumns.BusinessUnit, core.Principals.BusinessUnitOf(owner.Id)) : null;
            core.Security.RequireAccess(userId, table, PrivilegeType.Create, target.Id, owner, unit);
            foreach (var reference in LookupValues.Set(table, target.Attributes))
            {
                core.Security.RequireAccess(userId, table, PrivilegeType.Append, target.Id, owner, unit);
                core.Security.RequireAppendTo(userId, reference);
            }
        }

        public OrganizationResponse Respond(ParameterCollection output)
        {
            var response = new CreateResponse();
            response.Results["id"] = (Guid)output["id"];
            return response;
        }
    }
}
