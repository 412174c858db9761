using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;
using ProChile.Crm.XrmSdk.Tests.Fakes;

namespace ProChile.Crm.XrmSdk.Tests.Sdk
{
    [TestClass]
    public sealed class ExtensionsTests
    {
        private static readonly Guid ExecutiveId = new Guid("9d3e7b10-0000-4000-8000-000000000003");

        [TestMethod]
        public void Get_ReturnsTheProvidersServiceOfThatType_OrNull()
        {
            var tracing = new RecordingTracingService();
            IServiceProvider provider = new Services { [typeof(ITracingService)] = tracing };

            Assert.AreSame(tracing, provider.Get<ITracingService>());
            Assert.IsNull(provider.Get<IOrganizationServiceFactory>());
        }

        [TestMethod]
        public void GetOrganizationService_AsksTheFactoryForThatUser()
        {
            var factory = new RecordingServiceFactory(new RowsOnlyOrganizationService());
            IServiceProvider provider = new Services { [typeof(IOrganizationServiceFactory)] = factory };

            provider.GetOrganizationService(ExecutiveId);

            CollectionAssert.AreEqual(new Guid?[] { ExecutiveId }, factory.RequestedUsers);
        }

        [TestMethod]
        public void InputParameterOrDefault_ReadsTheTypedParameter_OrTheDefault()
        {
            var context = new StubWorkflowContext();
            var target = new Entity("account");
            IPluginExecutionContext plugin = new PluginContextOver(context);
            context.InputParameters["Target"] = target;

            Assert.AreSame(target, plugin.InputParameterOrDefault<Entity>("Target"));
            Assert.IsNull(plugin.InputParameterOrDefault<EntityReference>("Target"));
            Assert.IsNull(plugin.InputParameterOrDefault<Entity>("Missing"));
        }

        private sealed class Services : Dictionary<Type, object>, IServiceProvider
        {
            public object? GetService(Type serviceType) => TryGetValue(serviceType, out var service) ? service : null;
        }

        // Only InputParameters matters to these tests; the rest of the plugin context is out of scope.
        private sealed class PluginContextOver : IPluginExecutionContext
        {
            private readonly StubWorkflowContext _context;

            public PluginContextOver(StubWorkflowContext context) => _context = context;

            public int Stage => 20;
            public IPluginExecutionContext ParentContext => null!;
            public int Mode => _context.Mode;
            public int IsolationMode => _context.IsolationMode;
            public int Depth => _context.Depth;
            public string MessageName => _context.MessageName;
            public string PrimaryEntityName => _context.PrimaryEntityName;
            public Guid? RequestId => _context.RequestId;
            public string SecondaryEntityName => _context.SecondaryEntityName;
            public ParameterCollection InputParameters => _context.InputParameters;
            public ParameterCollection OutputParameters => _context.OutputParameters;
            public ParameterCollection SharedVariables => _context.SharedVariables;
            public Guid UserId => _context.UserId;
            public Guid InitiatingUserId => _context.InitiatingUserId;
            public Guid BusinessUnitId => _context.BusinessUnitId;
            public Guid OrganizationId => _context.OrganizationId;
            public string OrganizationName => _context.OrganizationName;
            public Guid PrimaryEntityId => _context.PrimaryEntityId;
            public EntityImageCollection PreEntityImages => _context.PreEntityImages;
            public EntityImageCollection PostEntityImages => _context.PostEntityImages;
            public EntityReference OwningExtension => _context.OwningExtension;
            public Guid CorrelationId => _context.CorrelationId;
            public bool IsExecutingOffline => _context.IsExecutingOffline;
            public bool IsOfflinePlayback => _context.IsOfflinePlayback;
            public bool IsInTransaction => _context.IsInTransaction;
            public Guid OperationId => _context.OperationId;
            public DateTime OperationCreatedOn => _context.OperationCreatedOn;
        }
    }
}
