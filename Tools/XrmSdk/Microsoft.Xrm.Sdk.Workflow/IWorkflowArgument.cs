namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>An attribute describing a workflow argument, read by the designer through its value.</summary>
    public interface IWorkflowArgument
    {
        object ArgumentValue { get; }
    }
}
