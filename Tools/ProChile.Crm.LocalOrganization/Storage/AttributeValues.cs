using System.Linq;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Storage
{
    /// <summary>
    /// Deep copies of SDK values, standing in for the serialization every organization-service call goes through:
    /// what a caller reads is never the object stored, and what it wrote is never shared with the store or a plugin.
    /// </summary>
    internal static class AttributeValues
    {
        public static object? Clone(object? value) => value switch
        {
            null => null,
            EntityReference reference => CloneReference(reference),
            OptionSetValue option => new OptionSetValue(option.Value),
            Money money => new Money(money.Value),
            OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
            AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Clone(aliased.Value)),
            Entity entity => CloneEntity(entity),
            EntityCollection collection => CloneCollection(collection),
            EntityReferenceCollection references => new EntityReferenceCollection(references.Select(CloneReference).ToList()),
            byte[] bytes => bytes.ToArray(),
            _ => value,
        };

        public static EntityReference CloneReference(EntityReference reference) =>
            new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };

        public static Entity CloneEntity(Entity entity)
        {
            var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion, EntityState = entity.EntityState };
            foreach (var attribute in entity.Attributes)
            {
                copy.Attributes[attribute.Key] = Clone(attribute.Value);
            }

            foreach (var formatted in entity.FormattedValues)
            {
                copy.FormattedValues[formatted.Key] = formatted.Value;
            }

            foreach (var key in entity.KeyAttributes)
            {
                copy.KeyAttributes[key.Key] = Clone(key.Value);
            }

            return copy;
        }

        public static EntityCollection CloneCollection(EntityCollection collection) =>
            new EntityCollection(collection.Entities.Select(CloneEntity).ToList())
            {
                EntityName = collection.EntityName,
                MoreRecords = collection.MoreRecords,
                PagingCookie = collection.PagingCookie,
                TotalRecordCount = collection.TotalRecordCount,
                TotalRecordCountLimitExceeded = collection.TotalRecordCountLimitExceeded,
                MinActiveRowVersion = collection.MinActiveRowVersion,
            };

        public static ParameterCollection CloneParameters(ParameterCollection parameters)
        {
            var copy = new ParameterCollection();
            foreach (var parameter in parameters)
            {
                copy[parameter.Key] = parameter.Value is OrganizationRequestCollection requests
                    ? CloneRequests(requests)
                    : Clone(parameter.Value);
            }

            return copy;
        }

        public static OrganizationRequest CloneRequest(OrganizationRequest request) =>
            new OrganizationRequest(request.RequestName) { RequestId = request.RequestId, Parameters = CloneParameters(request.Parameters) };

        private static OrganizationRequestCollection CloneRequests(OrganizationRequestCollection requests)
        {
            var copy = new OrganizationRequestCollection();
            copy.AddRange(requests.Select(r => r == null ? null! : CloneRequest(r)));
            return copy;
        }
    }
}
