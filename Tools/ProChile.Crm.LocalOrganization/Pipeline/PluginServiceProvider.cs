using System;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>The IServiceProvider a plugin's Execute receives; unknown service types give null, as in Dataverse.</summary>
    internal sealed class PluginServiceProvider : IServiceProvider
    {
        private readonly LocalPluginExecutionContext context;
        private readonly ITracingService tracing;
        private readonly IOrganizationServiceFactory factory;

        public PluginServiceProvider(LocalPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            this.context = context;
            this.tracing = tracing;
            this.factory = factory;
        }

        public object? GetService(Type serviceType)
        {
            if (serviceType.IsInstanceOfType(context))
            {
                return context;
            }

            if (serviceType == typeof(ITracingService))
            {
                return tracing;
            }

            return serviceType == typeof(IOrganizationServiceFactory) ? factory : null;
        }
    }
}
