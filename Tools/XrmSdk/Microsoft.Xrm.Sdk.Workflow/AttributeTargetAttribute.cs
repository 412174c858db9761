using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The choice column whose options an OptionSetValue argument offers.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class AttributeTargetAttribute : Attribute
    {
        public AttributeTargetAttribute(string entityName, string attributeName)
        {
            EntityName = entityName;
            AttributeName = attributeName;
        }

        public string EntityName { get; }

        public string AttributeName { get; }
    }
}
