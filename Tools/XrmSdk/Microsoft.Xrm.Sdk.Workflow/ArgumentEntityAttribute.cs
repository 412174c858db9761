using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The table an argument refers to.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class ArgumentEntityAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentEntityAttribute()
        {
        }

        public ArgumentEntityAttribute(string value)
        {
            Value = value;
        }

        public string Value { get; set; }

        public object ArgumentValue => Value;
    }
}
