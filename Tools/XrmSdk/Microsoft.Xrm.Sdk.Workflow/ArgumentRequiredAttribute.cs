using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Whether the designer requires a value for an argument.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class ArgumentRequiredAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentRequiredAttribute()
        {
        }

        public ArgumentRequiredAttribute(bool value)
        {
            Value = value;
        }

        public bool Value { get; set; }

        public object ArgumentValue => Value;
    }
}
