using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Accounting;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// The IOrganizationServiceFactory of one step execution. A service for a user id acts as that user; for null it
    /// acts as SYSTEM. Either way its calls run one level deeper, inside the step's transaction (if any), keep the
    /// initiating user and the correlation id, and are charged to this step execution.
    /// </summary>
    internal sealed class LocalOrganizationServiceFactory : IOrganizationServiceFactory
    {
        private readonly IRequestExecutor executor;
        private readonly LocalPluginExecutionContext context;
        private readonly StepExecution execution;
        private readonly Guid systemUserId;
        private readonly Func<Guid, bool> userExists;

        public LocalOrganizationServiceFactory(IRequestExecutor executor, LocalPluginExecutionContext context, StepExecution execution, Guid systemUserId, Func<Guid, bool> userExists)
        {
            this.executor = executor;
            this.context = context;
            this.execution = execution;
            this.systemUserId = systemUserId;
            this.userExists = userExists;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId)
        {
            var actingAs = userId ?? systemUserId;
            if (!userExists(actingAs))
            {
                throw new InvalidPluginExecutionException($"CreateOrganizationService: systemuser {actingAs} does not exist in the organization.");
            }

            var operation = context.Operation;
            var caller = new CallerContext(
                actingAs,
                context.InitiatingUserId,
                context.Depth + 1,
                context,
                context.Mode == PipelineStages.Synchronous ? operation.Transaction : null,
                execution,
                context.CorrelationId,
                operation.Caller.Operation,
                InBatch: false);
            return new LocalOrganizationService(executor, caller);
        }
    }
}
