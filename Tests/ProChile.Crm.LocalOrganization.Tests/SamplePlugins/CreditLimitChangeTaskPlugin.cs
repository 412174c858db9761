using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.LocalOrganization.Tests.SamplePlugins
{
    /// <summary>
    /// Sample written the way the shipped plugins will be: a thin IPlugin whose registration is declared next to it.
    /// When an account's credit limit changes, it opens a follow-up task regarding the account, saying from what to
    /// what. No state in fields: Dataverse caches one instance per step and shares it.
    /// </summary>
    [PluginStep(MessageName.Update, "account", PipelineStage.PostOperation,
        FilteringAttributes = new[] { "creditlimit" },
        PreImageAttributes = new[] { "creditlimit" },
        PostImageAttributes = new[] { "creditlimit", "name" },
        Description = "Sample: follow-up task when an account's credit limit changes.")]
    public sealed class CreditLimitChangeTaskPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;

            var before = context.PreEntityImages[PluginStepAttribute.PreImageName].GetAttributeValue<decimal?>("creditlimit");
            var after = context.PostEntityImages[PluginStepAttribute.PostImageName].GetAttributeValue<decimal?>("creditlimit");
            tracing.Trace("creditlimit {0:0.00} -> {1:0.00}", before, after);
            if (before == after)
            {
                return;
            }

            var account = context.PostEntityImages[PluginStepAttribute.PostImageName];
            var service = factory.CreateOrganizationService(context.UserId);
            service.Create(new Entity("task")
            {
                ["subject"] = string.Format(CultureInfo.InvariantCulture, "Revisar límite de crédito de {0}: {1:0.00} → {2:0.00}", account.GetAttributeValue<string>("name"), before ?? 0m, after ?? 0m),
                ["regardingobjectid"] = new EntityReference("account", context.PrimaryEntityId),
            });
        }
    }
}
