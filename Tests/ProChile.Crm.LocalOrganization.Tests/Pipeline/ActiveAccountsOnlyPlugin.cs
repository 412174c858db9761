using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.LocalOrganization.Tests.Pipeline
{
    /// <summary>A PreOperation step on RetrieveMultiple that narrows every account query to active accounts.</summary>
    [PluginStep("RetrieveMultiple", "account", PipelineStage.PreOperation)]
    public sealed class ActiveAccountsOnlyPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            if (context.InputParameters["Query"] is QueryExpression query)
            {
                query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            }
        }
    }
}
