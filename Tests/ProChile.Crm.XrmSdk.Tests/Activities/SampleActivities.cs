using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace ProChile.Crm.XrmSdk.Tests.Activities
{
    /// <summary>A custom workflow activity shaped like ours: inputs, an output, and the services from extensions.</summary>
    public sealed class GreetAccountActivity : CodeActivity
    {
        [RequiredArgument]
        [Input("Nombre")]
        public InArgument<string> PersonName { get; set; } = null!;

        [Input("Cuenta")]
        [ReferenceTarget("account")]
        public InArgument<EntityReference> Account { get; set; } = null!;

        [Input("Saludo")]
        [Default("Hola")]
        public InArgument<string> Salutation { get; set; } = new InArgument<string>("Hola");

        [Output("Mensaje")]
        public OutArgument<string> Message { get; set; } = null!;

        protected override void Execute(CodeActivityContext context)
        {
            var workflow = context.GetExtension<IWorkflowContext>();
            var tracing = context.GetExtension<ITracingService>();
            var service = context.GetExtension<IOrganizationServiceFactory>().CreateOrganizationService(workflow.UserId);
            var reference = Account.Get(context);
            var account = service.Retrieve(reference.LogicalName, reference.Id, new ColumnSet("name"));
            tracing.Trace("Saludo para {0} en {1}", PersonName.Get(context), account.GetAttributeValue<string>("name"));
            Message.Set(context, $"{Salutation.Get(context)} {PersonName.Get(context)}, de {account.GetAttributeValue<string>("name")}");
        }
    }

    /// <summary>An activity that refuses, as a plugin does, with an InvalidPluginExecutionException.</summary>
    public sealed class RefuseActivity : CodeActivity
    {
        protected override void Execute(CodeActivityContext context) => throw new InvalidPluginExecutionException("Operación no permitida.");
    }

    /// <summary>A CodeActivity&lt;TResult&gt;: its return value is the "Result" output.</summary>
    public sealed class DoubleActivity : CodeActivity<int>
    {
        public InArgument<int> Value { get; set; } = null!;

        protected override int Execute(CodeActivityContext context) => Value.Get(context) * 2;
    }

    /// <summary>Reads an extension that may be missing.</summary>
    public sealed class HasTracingActivity : CodeActivity<bool>
    {
        protected override bool Execute(CodeActivityContext context) => context.GetExtension<ITracingService>() != null;
    }
}
