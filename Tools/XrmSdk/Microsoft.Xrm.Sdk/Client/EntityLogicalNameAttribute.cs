using System;

namespace Microsoft.Xrm.Sdk.Client
{
    /// <summary>Names the table an early-bound entity class stands for.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class EntityLogicalNameAttribute : Attribute
    {
        public EntityLogicalNameAttribute(string logicalName)
        {
            LogicalName = logicalName;
        }

        public string LogicalName { get; }
    }
}
