using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Pipeline;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// Associate and Disassociate. On an N:N relationship they add or remove intersect rows (adding an existing pair
    /// fails with a duplicate key). On a 1:N relationship they set or clear the lookup of the referencing (many-side)
    /// records through nested Update operations, so Update steps on those records run as they do in Dataverse. The
    /// caller needs Append on the records that get the link and AppendTo on the records linked to (both, for N:N).
    /// </summary>
    internal sealed class AssociationHandler : IMessageHandler
    {
        private readonly OrganizationCore core;
        private readonly RecordWriter writer;
        private readonly IRequestExecutor executor;
        private readonly bool associate;

        public AssociationHandler(OrganizationCore core, RecordWriter writer, IRequestExecutor executor, bool associate)
        {
            this.core = core;
            this.writer = writer;
            this.executor = executor;
            this.associate = associate;
        }

        public string MessageName => associate ? "Associate" : "Disassociate";

        public PrimaryRecord Describe(ParameterCollection input)
        {
            var target = RequestParameters.Required<EntityReference>(input, "Target", MessageName);
            var relationship = RequestParameters.Required<Relationship>(input, "Relationship", MessageName);
            var related = RequestParameters.Required<EntityReferenceCollection>(input, "RelatedEntities", MessageName);
            if (relationship.PrimaryEntityRole != null)
            {
                throw DataverseErrors.NotSupported("Self-referencing relationships (PrimaryEntityRole)");
            }

            foreach (var reference in related.Prepend(target))
            {
                var table = core.Schema.Table(reference.LogicalName);
                if (core.Store.Find(table.LogicalName, reference.Id) == null)
                {
                    throw DataverseErrors.RecordNotFound(table.LogicalName, reference.Id);
                }
            }

            Sides(relationship.SchemaName, target, related);
            return new PrimaryRecord(target.LogicalName, target.Id);
        }

        public void Execute(OperationExecution operation)
        {
            var target = (EntityReference)operation.InputParameters["Target"];
            var relationship = (Relationship)operation.InputParameters["Relationship"];
            var related = (EntityReferenceCollection)operation.InputParameters["RelatedEntities"];
            var manyToMany = core.Schema.FindManyToMany(relationship.SchemaName);
            var checkedCaller = core.Security.IsChecked(operation.Caller);
            if (manyToMany != null)
            {
                foreach (var other in related)
                {
                    if (checkedCaller)
                    {
                        // Either side of an N:N pair is appended to the other.
                        foreach (var side in new[] { target, other })
                        {
                            Require(operation, side, Security.PrivilegeType.Append);
                            Require(operation, side, Security.PrivilegeType.AppendTo);
                        }
                    }

                    Pair(manyToMany, target, other, operation);
                }

                return;
            }

            var (lookup, children, parent) = Sides(relationship.SchemaName, target, related);
            if (checkedCaller)
            {
                Require(operation, parent, Security.PrivilegeType.AppendTo);
                foreach (var child in children)
                {
                    Require(operation, child, Security.PrivilegeType.Append);
                }
            }

            foreach (var child in children)
            {
                var update = new Entity(child.LogicalName, child.Id) { [lookup.ReferencingAttribute] = associate ? new EntityReference(parent.LogicalName, parent.Id) : null };
                executor.Execute(new UpdateRequest { Target = update }, operation.Caller with
                {
                    Depth = operation.Depth + 1, Transaction = operation.Transaction, Origin = null, InBatch = false, PlatformInternal = true,
                });
            }
        }

        public OrganizationResponse Respond(ParameterCollection output) =>
            associate ? new AssociateResponse() : new DisassociateResponse();

        private void Require(OperationExecution operation, EntityReference record, Security.PrivilegeType privilege)
        {
            var table = core.Schema.Table(record.LogicalName);
            core.Security.RequireAccess(operation.Caller.UserId, table, privilege, core.Store.Find(table.LogicalName, record.Id)!);
        }

        private void Pair(ManyToManyRelationship relationship, EntityReference target, EntityReference other, OperationExecution operation)
        {
            var (first, second) = target.LogicalName == relationship.Entity1 ? (target.Id, other.Id) : (other.Id, target.Id);
            var intersect = core.Schema.Table(relationship.IntersectEntity);
            var existing = core.Store.Scan(intersect.LogicalName).Where(row =>
                row[relationship.Entity1IntersectAttribute] is Guid a && a == first &&
                row[relationship.Entity2IntersectAttribute] is Guid b && b == second).ToList();
            if (associate)
            {
                if (existing.Count > 0)
                {
                    throw DataverseErrors.DuplicateKey();
                }

                writer.InsertIntersect(relationship, first, second, operation.Transaction!);
                return;
            }

            foreach (var row in existing)
            {
                writer.Delete(intersect, row.Id, operation.Transaction!);
            }
        }

        /// <summary>Checks the records fit the relationship; for 1:N, which records get the lookup and which they point at.</summary>
        private (OneToManyRelationship Lookup, EntityReference[] Children, EntityReference Parent) Sides(string schemaName, EntityReference target, EntityReferenceCollection related)
        {
            var manyToMany = core.Schema.FindManyToMany(schemaName);
            if (manyToMany != null)
            {
                foreach (var other in related)
                {
                    var fits = (target.LogicalName == manyToMany.Entity1 && other.LogicalName == manyToMany.Entity2)
                            || (target.LogicalName == manyToMany.Entity2 && other.LogicalName == manyToMany.Entity1);
                    if (!fits)
                    {
                        throw Mismatch(schemaName, target, other);
                    }
                }

                return default;
            }

            var oneToMany = core.Schema.FindOneToMany(schemaName)
                ?? throw DataverseErrors.InvalidArgument($"The relationship '{schemaName}' does not exist in the organization's schema.");
            if (target.LogicalName == oneToMany.ReferencedEntity && related.All(r => r.LogicalName == oneToMany.ReferencingEntity))
            {
                return (oneToMany, related.ToArray(), target);
            }

            if (target.LogicalName == oneToMany.ReferencingEntity && related.Count == 1 && related[0].LogicalName == oneToMany.ReferencedEntity)
            {
                return (oneToMany, new[] { target }, related[0]);
            }

            throw Mismatch(schemaName, target, related.FirstOrDefault() ?? target);
        }

        private static Exception Mismatch(string schemaName, EntityReference target, EntityReference other) =>
            DataverseErrors.InvalidArgument($"Relationship '{schemaName}' does not relate '{target.LogicalName}' to '{other.LogicalName}'.");
    }
}
