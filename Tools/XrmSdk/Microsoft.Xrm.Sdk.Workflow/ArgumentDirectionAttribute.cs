using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Whether an argument is an input or an output.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class ArgumentDirectionAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentDirectionAttribute()
        {
        }

        public ArgumentDirectionAttribute(ArgumentDirection value)
        {
            Value = value;
        }

        public ArgumentDirection Value { get; set; }

        public object ArgumentValue => Value;
    }
}
