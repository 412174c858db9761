using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>
    /// The IWorkflowContext a classic workflow gives its steps: a background process on a record, created at a fixed
    /// instant. A background workflow started by an event runs as the workflow's owner, and the user whose change
    /// started it is the initiating user ("Security context of workflow processes",
    /// https://learn.microsoft.com/previous-versions/dynamicscrm-2013/implementation-guide/dn531067(v=crm.6); a
    /// real-time one runs as its owner or the user who made the change, as configured:
    /// https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/dn481598(v=crm.8)).
    /// So UserId is the owner, InitiatingUserId the user who started it (the owner, when no one else did).
    /// </summary>
    internal sealed class TestWorkflowContext : IWorkflowContext
    {
        public TestWorkflowContext(Guid workflowOwnerId, DateTime operationCreatedOn, Guid? initiatingUserId = null)
        {
            UserId = workflowOwnerId;
            InitiatingUserId = initiatingUserId ?? workflowOwnerId;
            OperationCreatedOn = operationCreatedOn;
        }

        public string StageName => string.Empty;
        public int WorkflowCategory => 0; // classic workflow
        public int WorkflowMode => 0; // background
        public IWorkflowContext ParentContext => null!;
        public int Mode => 1;
        public int IsolationMode => 2;
        public int Depth => 1;
        public string MessageName => "Update";
        public string PrimaryEntityName { get; set; } = "account";
        public Guid? RequestId => null;
        public string SecondaryEntityName => "none";
        public ParameterCollection InputParameters { get; } = new ParameterCollection();
        public ParameterCollection OutputParameters { get; } = new ParameterCollection();
        public ParameterCollection SharedVariables { get; } = new ParameterCollection();
        public Guid UserId { get; }
        public Guid InitiatingUserId { get; }
        public Guid BusinessUnitId => Guid.Empty;
        public Guid OrganizationId => Guid.Empty;
        public string OrganizationName => "prochile-local";
        public Guid PrimaryEntityId { get; set; }
        public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();
        public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();
        public EntityReference OwningExtension => null!;
        public Guid CorrelationId { get; } = Guid.NewGuid();
        public bool IsExecutingOffline => false;
        public bool IsOfflinePlayback => false;
        public bool IsInTransaction => false;
        public Guid OperationId { get; } = Guid.NewGuid();
        public DateTime OperationCreatedOn { get; set; }
    }
}
