using System;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>How one asynchronous step (system job) ended; a failed job does not undo the operation that queued it.</summary>
    public sealed record AsyncJobOutcome(Guid JobId, Type PluginType, string StepName, string MessageName, string PrimaryEntityName, Guid PrimaryEntityId, string? FailureMessage)
    {
        public bool Succeeded => FailureMessage == null;
    }
}
