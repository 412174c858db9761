namespace Microsoft.Xrm.Sdk
{
    /// <summary>The execution context of a plugin step: adds the pipeline stage and the parent context.</summary>
    public interface IPluginExecutionContext : IExecutionContext
    {
        int Stage { get; }

        IPluginExecutionContext ParentContext { get; }
    }
}
