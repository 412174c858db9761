using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The default value of an input argument, as text (and the table, for an EntityReference argument).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DefaultAttribute : Attribute
    {
        public DefaultAttribute(string value)
        {
            Value = value;
        }

        public DefaultAttribute(string value, string entityName)
        {
            Value = value;
            EntityName = entityName;
        }

        public string Value { get; }

        public string EntityName { get; }
    }
}
