using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A relationship by schema name, with the role of the primary table for self-referencing ones.</summary>
    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship()
        {
        }

        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        public string SchemaName { get; set; }

        public EntityRole? PrimaryEntityRole { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }

        // Schema names are case-insensitive in Dataverse.
        public override bool Equals(object obj)
        {
            return obj is Relationship other
                && string.Equals(SchemaName, other.SchemaName, StringComparison.OrdinalIgnoreCase)
                && PrimaryEntityRole == other.PrimaryEntityRole;
        }

        public override int GetHashCode()
        {
            return SchemaName == null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SchemaName);
        }

        public override string ToString()
        {
            return PrimaryEntityRole.HasValue ? SchemaName + "." + PrimaryEntityRole.Value : SchemaName;
        }
    }
}
