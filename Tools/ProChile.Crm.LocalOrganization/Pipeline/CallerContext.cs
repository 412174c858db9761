using System;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Storage;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// Who is calling and from where: the user the service acts as, the user who started it all, the depth the
    /// request will run at, the plugin context that made the call (null from outside), the transaction it joins
    /// (null: it starts its own), the step execution to charge the call to, the outside operation it belongs to, and
    /// whether it is the platform's own nested call (a cascade), which is not counted as a service call.
    /// </summary>
    internal sealed record CallerContext(
        Guid UserId,
        Guid InitiatingUserId,
        int Depth,
        IPluginExecutionContext? Parent,
        StoreTransaction? Transaction,
        StepExecution? Origin,
        Guid CorrelationId,
        OperationRecord? Operation,
        bool InBatch,
        bool PlatformInternal = false)
    {
        public static CallerContext Outside(Guid userId) =>
            new CallerContext(userId, userId, 1, null, null, null, Guid.Empty, null, false);
    }
}
