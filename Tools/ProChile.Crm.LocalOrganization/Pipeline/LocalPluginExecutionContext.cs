using System;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// The IPluginExecutionContext one step execution receives. Input/output parameters and shared variables are the
    /// operation's (shared by its steps); images are the step's own, holding exactly its declared columns.
    /// </summary>
    internal sealed class LocalPluginExecutionContext : IPluginExecutionContext4
    {
        private readonly OperationExecution operation;

        public LocalPluginExecutionContext(
            OperationExecution operation,
            StepRegistration step,
            int stage,
            int mode,
            EntityImageCollection preImages,
            EntityImageCollection postImages,
            Guid businessUnitId,
            Guid organizationId,
            string organizationName,
            Guid operationId)
        {
            this.operation = operation;
            Stage = stage;
            Mode = mode;
            PreEntityImages = preImages;
            PostEntityImages = postImages;
            BusinessUnitId = businessUnitId;
            OrganizationId = organizationId;
            OrganizationName = organizationName;
            OperationId = operationId;
            IsInTransaction = mode == PipelineStages.Synchronous && operation.Transaction != null;
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Declaration.Name };
        }

        public int Stage { get; }

        public IPluginExecutionContext? ParentContext => operation.Caller.Parent;

        public int Mode { get; }

        public int IsolationMode => 2;

        public int Depth => operation.Depth;

        public string MessageName => operation.MessageName;

        public string PrimaryEntityName => operation.PrimaryEntityName;

        public Guid? RequestId => operation.RequestId;

        public string SecondaryEntityName => "none";

        public ParameterCollection InputParameters => operation.InputParameters;

        public ParameterCollection OutputParameters => operation.OutputParameters;

        public ParameterCollection SharedVariables => operation.SharedVariables;

        public Guid UserId => operation.Caller.UserId;

        public Guid InitiatingUserId => operation.Caller.InitiatingUserId;

        public Guid BusinessUnitId { get; }

        public Guid OrganizationId { get; }

        public string OrganizationName { get; }

        public Guid PrimaryEntityId => operation.PrimaryEntityId;

        public EntityImageCollection PreEntityImages { get; }

        public EntityImageCollection PostEntityImages { get; }

        public EntityReference OwningExtension { get; }

        public Guid CorrelationId => operation.CorrelationId;

        public bool IsExecutingOffline => false;

        public bool IsOfflinePlayback => false;

        public bool IsInTransaction { get; }

        public Guid OperationId { get; }

        public DateTime OperationCreatedOn => operation.CreatedOn;

        public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;

        public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

        public Guid InitiatingUserApplicationId => Guid.Empty;

        public Guid PortalsContactId => Guid.Empty;

        public bool IsPortalsClientCall => false;

        public Guid AuthenticatedUserId => operation.Caller.InitiatingUserId;

        public EntityImageCollection[] PreEntityImagesCollection => new[] { PreEntityImages };

        public EntityImageCollection[] PostEntityImagesCollection => new[] { PostEntityImages };

        /// <summary>The operation this context belongs to, for the services its factory creates.</summary>
        internal OperationExecution Operation => operation;
    }
}
