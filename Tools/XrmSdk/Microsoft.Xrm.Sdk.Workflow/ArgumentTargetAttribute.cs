using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Whether an argument is the target of the step.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class ArgumentTargetAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentTargetAttribute()
        {
        }

        public ArgumentTargetAttribute(bool value)
        {
            Value = value;
        }

        public bool Value { get; set; }

        public object ArgumentValue => Value;
    }
}
