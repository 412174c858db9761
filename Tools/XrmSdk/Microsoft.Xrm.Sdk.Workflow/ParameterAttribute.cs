using System;

namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Base of <see cref="InputAttribute"/> and <see cref="OutputAttribute"/>: the argument's display name in the workflow designer.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public abstract class ParameterAttribute : Attribute
    {
        // Not public in the official assembly: only Input and Output derive from it.
        internal ParameterAttribute(string name)
        {
            Name = name;
        }

        public string Name { get; }
    }
}
