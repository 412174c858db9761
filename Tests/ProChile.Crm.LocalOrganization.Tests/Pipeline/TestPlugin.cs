using System;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Tests.Pipeline
{
    /// <summary>Base of the pipeline test plugins: fetches the context, tracing and factory, as the shipped plugin base will.</summary>
    public abstract class TestPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            Run(context, tracing, factory);
        }

        protected abstract void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory);
    }
}
