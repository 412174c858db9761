using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// Runs one step: records the execution, builds its context, tracing and service factory, calls the plugin, and
    /// turns what it throws into the fault the caller of the operation sees (InvalidPluginExecutionException keeps
    /// its message and code; anything else becomes "Unexpected exception from plug-in"), with the step's trace as
    /// TraceText. A plugin that swallowed a failed nested call and returned normally fails here, as in Dataverse.
    /// </summary>
    internal sealed class StepInvoker
    {
        private readonly OrganizationCore core;
        private readonly OrganizationActivity activity;
        private readonly IRequestExecutor executor;
        private readonly ImageBuilder images;

        public StepInvoker(OrganizationCore core, OrganizationActivity activity, IRequestExecutor executor, ImageBuilder images)
        {
            this.core = core;
            this.activity = activity;
            this.executor = executor;
            this.images = images;
        }

        public void Invoke(StepRegistration step, OperationExecution operation, int stage, int mode, Guid operationId)
        {
            var declaration = step.Declaration;
            var execution = activity.RecordStep(step.PluginType, declaration.Name, operation.MessageName, operation.PrimaryEntityName, stage, mode, operation.Depth, operation.Caller.Operation);
            var context = new LocalPluginExecutionContext(
                operation,
                step,
                stage,
                mode,
                images.Build(declaration.PreImage, operation.PreState),
                images.Build(declaration.PostImage, operation.PostState),
                core.RootBusinessUnitId,
                core.OrganizationId,
                core.Options.OrganizationName,
                operationId);
            var factory = new LocalOrganizationServiceFactory(executor, context, execution, core.SystemUserId, UserExists);
            var provider = new PluginServiceProvider(context, new LocalTracingService(execution), factory);
            try
            {
                step.Plugin.Execute(provider);
            }
            catch (Exception e)
            {
                var fault = Translate(e, step.PluginType, execution.TraceText);
                execution.Failed(fault.Message);
                throw fault;
            }

            if (mode == PipelineStages.Synchronous && operation.Transaction?.IsDoomed == true)
            {
                var fault = DataverseErrors.TransactionCountReduced();
                execution.Failed(fault.Message);
                throw fault;
            }
        }

        private bool UserExists(Guid userId) => core.Store.Find(Metadata.SystemColumns.SystemUser, userId) != null;

        private static FaultException<OrganizationServiceFault> Translate(Exception exception, Type pluginType, string traceText)
        {
            var fault = exception switch
            {
                FaultException<OrganizationServiceFault> passed => passed,
                InvalidPluginExecutionException invalid => DataverseErrors.Fault(invalid.ErrorCode, invalid.Message),
                _ => DataverseErrors.UnexpectedPluginException(pluginType.FullName ?? pluginType.Name, exception),
            };
            if (string.IsNullOrEmpty(fault.Detail.TraceText))
            {
                fault.Detail.TraceText = traceText;
            }

            return fault;
        }
    }
}
