using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.LocalOrganization.Tests.SamplePlugins
{
    /// <summary>
    /// Sample PreOperation validation: trims the account number and refuses an account without one, with a Spanish
    /// message for the user. Changes to the Target in PreOperation are what gets saved.
    /// </summary>
    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation, Description = "Sample: account number required, trimmed.")]
    public sealed class AccountNumberRequiredPlugin : IPlugin
    {
        public const string MissingNumberMessage = "El número de cuenta es obligatorio.";

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var target = (Entity)context.InputParameters["Target"]!;
            var number = target.GetAttributeValue<string>("accountnumber")?.Trim();
            if (string.IsNullOrEmpty(number))
            {
                throw new InvalidPluginExecutionException(MissingNumberMessage);
            }

            target["accountnumber"] = number;
        }
    }
}
