using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.XrmSdk.Tests.Fakes
{
    /// <summary>Keeps each trace line, formatted as Dataverse formats them.</summary>
    public sealed class RecordingTracingService : ITracingService
    {
        public List<string> Lines { get; } = new List<string>();

        public void Trace(string format, params object[] args) => Lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
    }

    /// <summary>Hands out one service and remembers for which user it was asked.</summary>
    public sealed class RecordingServiceFactory : IOrganizationServiceFactory
    {
        private readonly IOrganizationService _service;

        public RecordingServiceFactory(IOrganizationService service)
        {
            _service = service;
        }

        public List<Guid?> RequestedUsers { get; } = new List<Guid?>();

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            RequestedUsers.Add(userId);
            return _service;
        }
    }

    /// <summary>Retrieves from a fixed set of rows; everything else is outside these tests.</summary>
    public sealed class RowsOnlyOrganizationService : IOrganizationService
    {
        private readonly Dictionary<EntityReference, Entity> _rows = new Dictionary<EntityReference, Entity>();

        public RowsOnlyOrganizationService(params Entity[] rows)
        {
            foreach (var row in rows)
            {
                _rows.Add(row.ToEntityReference(), row);
            }
        }

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => _rows[new EntityReference(entityName, id)];

        public Guid Create(Entity entity) => throw new NotSupportedException(nameof(Create));

        public void Update(Entity entity) => throw new NotSupportedException(nameof(Update));

        public void Delete(string entityName, Guid id) => throw new NotSupportedException(nameof(Delete));

        public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException(request.RequestName);

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException(nameof(Associate));

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException(nameof(Disassociate));

        public EntityCollection RetrieveMultiple(QueryBase query) => throw new NotSupportedException(nameof(RetrieveMultiple));
    }
}
