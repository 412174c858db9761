using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>
    /// A plugin execution built by hand: the context, tracing and a factory that hands out a given service. For what
    /// the pipeline cannot stage: the base's own checks, and a system job that Dataverse retries (the same context run
    /// a second time).
    /// </summary>
    internal sealed class HandMadeExecution : IServiceProvider, IPluginExecutionContext, ITracingService, IOrganizationServiceFactory
    {
        private readonly IOrganizationService? service;

        public HandMadeExecution(string message, string table, int stage, int mode, IOrganizationService? service = null)
        {
            MessageName = message;
            PrimaryEntityName = table;
            Stage = stage;
            Mode = mode;
            this.service = service;
        }

        public List<string> Traces { get; } = new List<string>();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IPluginExecutionContext) ? this
            : serviceType == typeof(ITracingService) ? this
            : serviceType == typeof(IOrganizationServiceFactory) ? (object)this
            : null;

        public IOrganizationService CreateOrganizationService(Guid? userId) =>
            service ?? throw new InvalidOperationException("This hand-made execution has no organization service.");

        public void Trace(string format, params object[] args) => Traces.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public int Stage { get; }
        public IPluginExecutionContext ParentContext => null!;
        public int Mode { get; }
        public int IsolationMode => 2;
        public int Depth => 1;
        public string MessageName { get; }
        public string PrimaryEntityName { get; }
        public Guid? RequestId => null;
        public string SecondaryEntityName => "none";
        public ParameterCollection InputParameters { get; } = new ParameterCollection();
        public ParameterCollection OutputParameters { get; } = new ParameterCollection();
        public ParameterCollection SharedVariables { get; } = new ParameterCollection();
        public Guid UserId { get; set; } = Guid.NewGuid();
        public Guid InitiatingUserId => UserId;
        public Guid BusinessUnitId => Guid.Empty;
        public Guid OrganizationId => Guid.Empty;
        public string OrganizationName => "hand-made";
        public Guid PrimaryEntityId { get; set; }
        public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();
        public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();
        public EntityReference OwningExtension => null!;
        public Guid CorrelationId { get; } = Guid.NewGuid();
        public bool IsExecutingOffline => false;
        public bool IsOfflinePlayback => false;
        public bool IsInTransaction => Mode == 0;
        public Guid OperationId { get; } = Guid.NewGuid();
        public DateTime OperationCreatedOn { get; set; }
    }
}
