using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// Delete: removes the record after applying each referencing lookup's cascade (restrict fails, remove-link clears
    /// the lookup, cascade deletes the child through its own Delete pipeline) and removing its N:N pairs.
    /// </summary>
    internal sealed class DeleteHandler : IMessageHandler
    {
        private readonly OrganizationCore core;
        private readonly RecordWriter writer;
        private readonly IRequestExecutor executor;

        public DeleteHandler(OrganizationCore core, RecordWriter writer, IRequestExecutor executor)
        {
            this.core = core;
            this.writer = writer;
            this.executor = executor;
        }

        public string MessageName => "Delete";

        public PrimaryRecord Describe(ParameterCollection input)
        {
            var target = RequestParameters.Required<EntityReference>(input, "Target", MessageName);
            var table = core.Schema.Table(target.LogicalName);
            if (core.Store.Find(table.LogicalName, target.Id) == null)
            {
                throw DataverseErrors.RecordNotFound(table.LogicalName, target.Id);
            }

            return new PrimaryRecord(table.LogicalName, target.Id);
        }

        public void Execute(OperationExecution operation)
        {
            var table = core.Schema.Table(operation.PrimaryEntityName);
            var id = operation.PrimaryEntityId;
            var record = core.Store.Find(table.LogicalName, id) ?? throw DataverseErrors.RecordNotFound(table.LogicalName, id);
            if (core.Security.IsChecked(operation.Caller))
            {
                core.Security.RequireAccess(operation.Caller.UserId, table, Security.PrivilegeType.Delete, record);
            }

            foreach (var (referencing, column) in core.Schema.ReferencesTo(table.LogicalName))
            {
                var children = core.Store.Scan(referencing.LogicalName)
                    .Where(row => row[column.LogicalName] is EntityReference r && r.Id == id && r.LogicalName == table.LogicalName)
                    .ToList();
                foreach (var child in children)
                {
                    switch (column.OnDelete)
                    {
                        case CascadeDelete.Restrict:
                            throw DataverseErrors.CannotDeleteDueToAssociation(table.LogicalName, id, referencing.LogicalName);
                        case CascadeDelete.Cascade:
                            executor.Execute(new DeleteRequest { Target = new EntityReference(referencing.LogicalName, child.Id) }, Cascaded(operation));
                            break;
                        default:
                            writer.ClearReference(core.Store.Find(referencing.LogicalName, child.Id)!, column.LogicalName, operation.Transaction!);
                            break;
                    }
                }
            }

            foreach (var relationship in core.Schema.ManyToManyOf(table.LogicalName))
            {
                var attribute = relationship.Entity1 == table.LogicalName ? relationship.Entity1IntersectAttribute : relationship.Entity2IntersectAttribute;
                var intersect = core.Schema.Table(relationship.IntersectEntity);
                foreach (var pair in core.Store.Scan(intersect.LogicalName).Where(row => row[attribute] is System.Guid g && g == id))
                {
                    writer.Delete(intersect, pair.Id, operation.Transaction!);
                }
            }

            writer.Delete(table, id, operation.Transaction!);
        }

        public OrganizationResponse Respond(ParameterCollection output) => new DeleteResponse();

        /// <summary>The platform's own nested call: one level deeper, same transaction, not a plugin's call.</summary>
        private static CallerContext Cascaded(OperationExecution operation) =>
            operation.Caller with { Depth = operation.Depth + 1, Transaction = operation.Transaction, Origin = null, InBatch = false, PlatformInternal = true };
    }
}
