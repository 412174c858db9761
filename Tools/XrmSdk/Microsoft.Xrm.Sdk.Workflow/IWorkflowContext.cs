namespace Microsoft.Xrm.Sdk.Workflow
{
    /// <summary>The execution context of a custom workflow activity (classic workflows and actions).</summary>
    public interface IWorkflowContext : IExecutionContext
    {
        string StageName { get; }

        int WorkflowCategory { get; }

        int WorkflowMode { get; }

        IWorkflowContext ParentContext { get; }
    }
}
