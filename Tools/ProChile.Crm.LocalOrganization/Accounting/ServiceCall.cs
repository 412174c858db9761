using System;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>
    /// One request the organization executed: an IOrganizationService call from a test or a plugin, or one request
    /// of an ExecuteMultiple batch. <see cref="MadeBy"/> says which plugin step made it (null: an outside caller).
    /// </summary>
    public sealed class ServiceCall
    {
        internal ServiceCall(int sequence, string messageName, string? entityName, int depth, Guid userId, StepExecution? madeBy, bool inBatch)
        {
            Sequence = sequence;
            MessageName = messageName;
            EntityName = entityName;
            Depth = depth;
            UserId = userId;
            MadeBy = madeBy;
            InBatch = inBatch;
        }

        /// <summary>1 for the first call since the organization was created or its activity cleared.</summary>
        public int Sequence { get; }

        public string MessageName { get; }

        /// <summary>The table the request targets or queries, when the request names one.</summary>
        public string? EntityName { get; }

        /// <summary>The pipeline depth the request runs at: 1 for an outside call, parent + 1 for a plugin's.</summary>
        public int Depth { get; }

        public Guid UserId { get; }

        public StepExecution? MadeBy { get; }

        /// <summary>One of the requests of an ExecuteMultiple (counted besides the ExecuteMultiple call itself).</summary>
        public bool InBatch { get; }

        /// <summary>The fault it ended with, if it failed.</summary>
        public string? FailureMessage { get; internal set; }

        public override string ToString() =>
            $"#{Sequence} {MessageName} {EntityName} (depth {Depth}{(MadeBy == null ? string.Empty : ", by " + MadeBy.PluginType.Name)})";
    }
}
