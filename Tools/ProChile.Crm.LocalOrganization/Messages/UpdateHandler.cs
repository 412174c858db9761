using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;

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
            writer.Update(table, existing, target, operation.Caller.UserId, operation.Transaction!);
        }

        public OrganizationResponse Respond(ParameterCollection output) => new UpdateResponse();

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
