namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Marks an OutArgument&lt;T&gt; property as a workflow output parameter shown under this name.</summary>
    public sealed class OutputAttribute : ParameterAttribute
    {
        public OutputAttribute(string name) : base(name)
        {
        }
    }
}
