using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The description the designer shows for an argument.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
    public sealed class ArgumentDescriptionAttribute : Attribute, IWorkflowArgument
    {
        public ArgumentDescriptionAttribute()
        {
        }

        public ArgumentDescriptionAttribute(string value)
        {
            Value = value;
        }

        public string Value { get; set; }

        public object ArgumentValue => Value;
    }
}
