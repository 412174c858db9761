using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.LocalOrganization.Messages;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// Dataverse's event pipeline for one message: PreValidation (outside the transaction when the operation is the
    /// outermost one), then, inside the transaction, PreOperation, the core operation and PostOperation; asynchronous
    /// PostOperation steps are queued and released only if the transaction commits. The outermost operation owns the
    /// transaction and rolls it back on any failure, writes of nested operations included; a nested operation only
    /// joins it.
    /// </summary>
    internal sealed class MessagePipeline
    {
        private readonly OrganizationCore core;
        private readonly StepRegistry steps;
        private readonly StepInvoker invoker;
        private readonly AsyncJobQueue asyncJobs;

        public MessagePipeline(OrganizationCore core, StepRegistry steps, StepInvoker invoker, AsyncJobQueue asyncJobs)
        {
            this.core = core;
            this.steps = steps;
            this.invoker = invoker;
            this.asyncJobs = asyncJobs;
        }

        public void Run(OperationExecution operation, IMessageHandler handler)
        {
            operation.SentColumns = core.Options.FiltersSeeCallerColumnsOnly ? SentColumns(operation) : null;
            operation.PreState = Current(operation);
            RunStage(operation, PipelineStages.PreValidation);

            var owns = operation.Transaction == null;
            var transaction = operation.Transaction ?? new StoreTransaction();
            operation.Transaction = transaction;
            try
            {
                transaction.EnsureActive();
                operation.PreState = Current(operation);
                RunStage(operation, PipelineStages.PreOperation);
                operation.PreState = Current(operation);
                handler.Execute(operation);
                operation.PostState = Current(operation);
                RunStage(operation, PipelineStages.PostOperation);
                foreach (var step in Applicable(operation, PipelineStages.PostOperation, PipelineStages.Asynchronous))
                {
                    transaction.AfterCommit(new AsyncJob(core.Ids.Next(), step, operation.Snapshot()));
                }

                if (owns)
                {
                    transaction.Commit();
                    asyncJobs.Enqueue(transaction.PendingAfterCommit.Cast<AsyncJob>());
                }
            }
            catch
            {
                if (owns)
                {
                    transaction.Rollback();
                }

                throw;
            }
        }

        private void RunStage(OperationExecution operation, int stage)
        {
            foreach (var step in Applicable(operation, stage, PipelineStages.Synchronous))
            {
                invoker.Invoke(step, operation, stage, PipelineStages.Synchronous, Guid.Empty);
            }
        }

        private IEnumerable<StepRegistration> Applicable(OperationExecution operation, int stage, int mode)
        {
            var registered = steps.For(operation.MessageName, operation.PrimaryEntityName, stage, mode);
            if (registered.Count == 0)
            {
                // Most operations (every read) have no step at most stages: nothing to filter, nothing to allocate.
                return registered;
            }

            // Lazily, as before: without the caller's columns, a filter sees the Target as the earlier steps left it.
            return registered.Where(s => operation.SentColumns == null ? s.PassesFilter(operation.InputParameters) : s.PassesFilter(operation.SentColumns));
        }

        // The Target's columns as the caller sent them, before any step adds to it.
        private static IReadOnlyCollection<string>? SentColumns(OperationExecution operation) =>
            operation.InputParameters.TryGetValue("Target", out var target) && target is Microsoft.Xrm.Sdk.Entity entity
                ? entity.Attributes.Keys.ToArray()
                : null;

        private StoredRecord? Current(OperationExecution operation) =>
            operation.PrimaryEntityId == Guid.Empty ? null : core.Store.Find(operation.PrimaryEntityName, operation.PrimaryEntityId);
    }
}
