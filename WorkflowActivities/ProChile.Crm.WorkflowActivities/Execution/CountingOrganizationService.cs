using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.WorkflowActivities.Execution
{
    /// <summary>Passes every call to the platform's service and counts them, so each run traces what it cost.</summary>
    internal sealed class CountingOrganizationService : IOrganizationService
    {
        private readonly IOrganizationService inner;

        public CountingOrganizationService(IOrganizationService inner)
        {
            this.inner = inner ?? throw new InvalidPluginExecutionException("El servicio de la organización no está disponible para este proceso.");
        }

        public int Calls { get; private set; }

        public Guid Create(Entity entity) => Count(() => inner.Create(entity));

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Count(() => inner.Retrieve(entityName, id, columnSet));

        public void Update(Entity entity) => Count(() => { inner.Update(entity); return true; });

        public void Delete(string entityName, Guid id) => Count(() => { inner.Delete(entityName, id); return true; });

        public OrganizationResponse Execute(OrganizationRequest request) => Count(() => inner.Execute(request));

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Count(() => { inner.Associate(entityName, entityId, relationship, relatedEntities); return true; });

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Count(() => { inner.Disassociate(entityName, entityId, relationship, relatedEntities); return true; });

        public EntityCollection RetrieveMultiple(QueryBase query) => Count(() => inner.RetrieveMultiple(query));

        private T Count<T>(Func<T> call)
        {
            Calls++;
            return call();
        }
    }
}
