using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Messages;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization
{
    /// <summary>
    /// Where every request lands, from any service: it is logged (and charged to the plugin step that made it), may
    /// be failed by an injected fault, is refused past the maximum depth or inside a transaction a failed call has
    /// already rolled back, is copied as serialization would copy it, and runs through its message's pipeline (or,
    /// for ExecuteMultiple, request by request). A failure inside an enclosing transaction rolls that transaction
    /// back at once, as SQL Server does.
    /// </summary>
    internal sealed class OrganizationRuntime : IRequestExecutor
    {
        private readonly OrganizationCore core;
        private readonly OrganizationActivity activity;
        private readonly FaultInjector faults;
        private readonly Dictionary<string, IMessageHandler> handlers = new Dictionary<string, IMessageHandler>(StringComparer.Ordinal);
        private readonly BatchExecutor batches;

        public OrganizationRuntime(OrganizationCore core, OrganizationActivity activity, FaultInjector faults, StepRegistry steps)
        {
            this.core = core;
            this.activity = activity;
            this.faults = faults;
            batches = new BatchExecutor(this);
            Invoker = new StepInvoker(core, activity, this, new ImageBuilder(new Querying.ValuePresenter(reference => core.Queries(Guid.Empty).NameOf(reference))));
            Pipeline = new MessagePipeline(core, steps, Invoker, AsyncJobs);
            var writer = new RecordWriter(core);
            Add(new CreateHandler(core, writer));
            Add(new UpdateHandler(core, writer));
            Add(new DeleteHandler(core, writer, this));
            Add(new RetrieveHandler(core));
            Add(new RetrieveMultipleHandler(core));
            Add(new AssociationHandler(core, writer, this, associate: true));
            Add(new AssociationHandler(core, writer, this, associate: false));
        }

        public AsyncJobQueue AsyncJobs { get; } = new AsyncJobQueue();

        public StepInvoker Invoker { get; }

        public MessagePipeline Pipeline { get; }

        public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
        {
            var isOutsideCall = caller.Operation == null && !caller.PlatformInternal;
            ServiceCall? call = null;
            if (!caller.PlatformInternal)
            {
                call = activity.RecordCall(request.RequestName, RequestTarget.EntityOf(request), caller.Depth, caller.UserId, caller.Origin, caller.InBatch, caller.Operation, out var operation);
                caller = caller with { Operation = operation };
            }

            if (caller.CorrelationId == Guid.Empty)
            {
                caller = caller with { CorrelationId = core.Ids.Next() };
            }

            OrganizationResponse response;
            try
            {
                if (caller.Transaction?.IsDoomed == true)
                {
                    throw DataverseErrors.NoActiveTransaction();
                }

                if (call != null)
                {
                    faults.Check(call);
                }

                if (caller.Depth > core.Options.MaxDepth)
                {
                    throw DataverseErrors.InfiniteLoop(caller.Depth, core.Options.MaxDepth);
                }

                var copy = AttributeValues.CloneRequest(request);
                response = copy.RequestName == "ExecuteMultiple" ? batches.Execute(copy, caller) : Run(copy, caller);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                if (fault.Detail.Timestamp == default)
                {
                    fault.Detail.Timestamp = core.Clock.UtcNow;
                }

                if (call != null)
                {
                    call.FailureMessage = fault.Detail.Message;
                }

                caller.Transaction?.Doom();
                throw;
            }
            catch
            {
                caller.Transaction?.Doom();
                throw;
            }

            if (isOutsideCall && core.Options.AsyncSteps == AsyncStepExecution.AfterEachOperation)
            {
                AsyncJobs.RunPending(Invoker);
            }

            return response;
        }

        /// <summary>Adds a message (the built-in ones, and each Custom API as it is registered); a name already taken is refused.</summary>
        internal void Add(IMessageHandler handler)
        {
            if (handlers.ContainsKey(handler.MessageName))
            {
                throw new ArgumentException($"Message '{handler.MessageName}' already exists in the organization.", nameof(handler));
            }

            handlers.Add(handler.MessageName, handler);
        }

        private OrganizationResponse Run(OrganizationRequest request, CallerContext caller)
        {
            if (string.IsNullOrEmpty(request.RequestName) || !handlers.TryGetValue(request.RequestName, out var handler))
            {
                throw DataverseErrors.NotSupported($"Message '{request.RequestName}'");
            }

            var primary = handler.Describe(request.Parameters);
            (handler as ICallerAuthorizedHandler)?.Authorize(caller);
            var operation = new OperationExecution(handler.MessageName, primary.EntityName, primary.Id, request.Parameters, caller, caller.CorrelationId, core.Clock.UtcNow, request.RequestId);
            Pipeline.Run(operation, handler);
            return handler.Respond(operation.OutputParameters);
        }
    }
}
