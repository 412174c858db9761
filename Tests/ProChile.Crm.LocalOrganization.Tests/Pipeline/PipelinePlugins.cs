using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Plugins.Registration;

namespace ProChile.Crm.LocalOrganization.Tests.Pipeline
{
    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation)]
    [PluginStep(MessageName.Create, "account", PipelineStage.PreValidation)]
    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation)]
    public sealed class StageRecorderPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            var seen = context.SharedVariables.Contains("seen") ? (string)context.SharedVariables["seen"] + "," : string.Empty;
            context.SharedVariables["seen"] = seen + context.Stage;
            tracing.Trace("stage {0} in transaction {1} shared {2}", context.Stage, context.IsInTransaction, context.SharedVariables["seen"]);
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation, Rank = 2)]
    public sealed class RankTwoPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) => tracing.Trace("rank 2");
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation, Rank = 1)]
    public sealed class RankOnePlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) => tracing.Trace("rank 1");
    }

    [PluginStep(MessageName.Update, "account", PipelineStage.PreOperation)]
    [PluginStep(MessageName.Update, "account", PipelineStage.PostOperation)]
    public sealed class TargetRewritePlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            var target = (Entity)context.InputParameters["Target"]!;
            target[context.Stage == 20 ? "accountnumber" : "name"] = context.Stage == 20 ? "PRE" : "POST";
        }
    }

    [PluginStep(MessageName.Update, "account", PipelineStage.PostOperation,
        PreImageAttributes = new[] { "name", "numberofemployees" },
        PostImageAttributes = new[] { "numberofemployees", "primarycontactid" })]
    public sealed class ImageProbePlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            foreach (var image in new[] { ("pre", context.PreEntityImages), ("post", context.PostEntityImages) })
            {
                foreach (var pair in image.Item2)
                {
                    var values = pair.Value.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
                        .Select(a => a.Key + "=" + (a.Value is EntityReference r ? r.Name : Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture)));
                    tracing.Trace("{0} {1}: {2}", image.Item1, pair.Key, string.Join(" ", values));
                }
            }
        }
    }

    [PluginStep(MessageName.Update, "account", PipelineStage.PostOperation, FilteringAttributes = new[] { "accountnumber" })]
    public sealed class AccountNumberFilteredPostPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) => tracing.Trace("ran");
    }

    [PluginStep(MessageName.Update, "account", PipelineStage.PreOperation, FilteringAttributes = new[] { "numberofemployees" })]
    public sealed class EmployeesFilteredPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) => tracing.Trace("ran");
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation)]
    public sealed class ContactForNewAccountPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            factory.CreateOrganizationService(null).Create(new Entity("contact")
            {
                ["fullname"] = "Contacto de " + ((Entity)context.InputParameters["Target"]!).GetAttributeValue<string>("name"),
                ["parentcustomerid"] = new EntityReference("account", context.PrimaryEntityId),
            });
        }
    }

    [PluginStep(MessageName.Create, "contact", PipelineStage.PreOperation)]
    public sealed class ContextProbePlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            tracing.Trace("depth {0} user {1} initiating {2} parent {3} {4}", context.Depth, context.UserId, context.InitiatingUserId, context.ParentContext?.MessageName, context.ParentContext?.PrimaryEntityName);
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation, Rank = 10)]
    public sealed class RefusingPlugin : TestPlugin
    {
        public const string Refusal = "No se puede crear la cuenta.";

        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            tracing.Trace("refusing");
            throw new InvalidPluginExecutionException(Refusal);
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation)]
    public sealed class NullReferencePlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            string? missing = context.SharedVariables.Contains("nothing") ? "x" : null;
            tracing.Trace("length {0}", missing!.Length);
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation)]
    public sealed class SwallowingPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            try
            {
                factory.CreateOrganizationService(context.UserId).Retrieve("contact", new Guid("0b9a2f3c-0000-0000-0000-00000000dead"), new ColumnSet("fullname"));
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
            {
                tracing.Trace("ignored the failure");
            }
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PreValidation)]
    public sealed class PreValidationContactPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            factory.CreateOrganizationService(null).Create(new Entity("contact") { ["fullname"] = "Creado en PreValidation" });
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation, Mode = StepMode.Asynchronous,
        PostImageAttributes = new[] { "name" })]
    public sealed class AsyncFollowUpPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            tracing.Trace("mode {0} in transaction {1} shared {2}", context.Mode, context.IsInTransaction, context.SharedVariables.Contains("seen") ? context.SharedVariables["seen"] : "-");
            factory.CreateOrganizationService(null).Create(new Entity("task")
            {
                ["subject"] = "Bienvenida " + context.PostEntityImages[PluginStepAttribute.PostImageName].GetAttributeValue<string>("name"),
                ["regardingobjectid"] = new EntityReference("account", context.PrimaryEntityId),
            });
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation, Mode = StepMode.Asynchronous)]
    public sealed class AsyncFailingPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            throw new InvalidPluginExecutionException("falla asíncrona");
    }

    [PluginStep(MessageName.Update, "account", PipelineStage.PostOperation)]
    public sealed class SelfUpdatingPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            var service = factory.CreateOrganizationService(context.UserId);
            var current = service.Retrieve("account", context.PrimaryEntityId, new ColumnSet("numberofemployees")).GetAttributeValue<int?>("numberofemployees") ?? 0;
            service.Update(new Entity("account", context.PrimaryEntityId) { ["numberofemployees"] = current + 1 });
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation)]
    public sealed class ExecutionCounterPlugin : TestPlugin
    {
        // Deliberately keeps state in a field, to show Dataverse's (and this organization's) one shared instance per step.
        private int executions;

        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) =>
            tracing.Trace("execution {0}", ++executions);
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PreOperation, Mode = StepMode.Asynchronous)]
    public sealed class AsyncPreOperationPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
        }
    }

    [PluginStep(MessageName.Create, "account", PipelineStage.PostOperation, PreImageAttributes = new[] { "name" }, FilteringAttributes = new[] { "nombre" })]
    public sealed class BadlyDeclaredPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
        }
    }
}
