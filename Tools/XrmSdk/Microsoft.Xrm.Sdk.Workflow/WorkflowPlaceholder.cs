namespace Microsoft.Xrm.Sdk.Workflow
{
    public sealed class InputAttribute : System.Attribute
    {
        public InputAttribute(string name) { Name = name; }
        public string Name { get; }
    }
}
