using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>The records a write links its row to: the lookups it sets to a record (not the owner, which Assign covers).</summary>
    internal static class LookupValues
    {
        public static IEnumerable<EntityReference> Set(TableDefinition table, IEnumerable<KeyValuePair<string, object>> attributes)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.Value is EntityReference reference && attribute.Key != SystemColumns.OwnerId
                    && table.FindColumn(attribute.Key) is ColumnDefinition column && column.IsReference && !column.IsSystemManaged)
                {
                    yield return reference;
                }
            }
        }
    }
}
