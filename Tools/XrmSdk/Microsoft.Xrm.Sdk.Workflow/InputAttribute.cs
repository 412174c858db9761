namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>Marks an InArgument&lt;T&gt; property as a workflow input parameter shown under this name.</summary>
    public sealed class InputAttribute : ParameterAttribute
    {
        public InputAttribute(string name) : base(name)
        {
        }
    }
}
