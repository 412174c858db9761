using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace ProChile.Crm.WorkflowActivities.Execution
{
    /// <summary>
    /// The one base of our custom workflow activities. It runs the fixed sequence: take the services from the
    /// workflow host (<see cref="IWorkflowContext"/>, <see cref="IOrganizationServiceFactory"/>,
    /// <see cref="ITracingService"/>), call the derived activity's <see cref="Run"/>, trace, and turn every failure
    /// into an <see cref="InvalidPluginExecutionException"/> whose Spanish message names the input and what is
    /// expected (<see cref="ActivityErrors"/>); the technical detail goes to the trace.
    /// </summary>
    /// <remarks>
    /// The workflow runtime creates an activity instance once and shares it between executions and threads, so
    /// an activity keeps no per-call state in fields: everything of one execution lives in the
    /// <see cref="ActivityRun"/> passed to <see cref="Run"/>. "Now" comes from the run's clock (the operation's
    /// creation instant), never from the machine's clock.
    /// </remarks>
    public abstract class ProChileActivity : CodeActivity
    {
        protected sealed override void Execute(CodeActivityContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }
            var tracing = context.GetExtension<ITracingService>() ?? SilentTracing.Instance;
            var run = StartRun(context, tracing);
            run.Trace("{0}: inicio (flujo {1}, registro {2} {3}, ahora {4:o})",
                GetType().Name, context.WorkflowInstanceId, run.WorkflowContext.PrimaryEntityName, run.WorkflowContext.PrimaryEntityId, run.NowUtc);
            try
            {
                Run(run);
                run.Trace("{0}: fin ({1} llamadas al servicio de la organización)", GetType().Name, run.ServiceCalls);
            }
            catch (Exception exception) when (!(exception is OutOfMemoryException))
            {
                run.Trace("{0}: error {1}", GetType().Name, exception);
                throw ActivityErrors.ToUserFacing(ActivityName, exception);
            }
        }

        /// <summary>The activity's own logic: read inputs from <paramref name="run"/>, call a rule, write outputs.</summary>
        protected abstract void Run(ActivityRun run);

        /// <summary>The Spanish name the designer shows (from <see cref="Registration.WorkflowActivityAttribute"/>), for messages.</summary>
        internal string ActivityName => ActivityArguments.FriendlyNameOf(GetType());

        private ActivityRun StartRun(CodeActivityContext context, ITracingService tracing)
        {
            try
            {
                return new ActivityRun(this, context, RequireExtension<IWorkflowContext>(context), RequireExtension<IOrganizationServiceFactory>(context), tracing);
            }
            catch (InvalidPluginExecutionException exception)
            {
                tracing.Trace("{0}: el proceso no entregó lo necesario para ejecutar el paso: {1}", GetType().Name, exception.Message);
                throw ActivityErrors.ToUserFacing(ActivityName, exception);
            }
        }

        private T RequireExtension<T>(CodeActivityContext context) where T : class =>
            context.GetExtension<T>() ?? throw new InvalidPluginExecutionException(
                $"el servicio {typeof(T).Name} no está disponible. Esta actividad solo se ejecuta como paso de un proceso (flujo de trabajo clásico) de Dataverse.");

        /// <summary>Stands in when the host offers no trace service, so tracing never fails.</summary>
        private sealed class SilentTracing : ITracingService
        {
            public static readonly SilentTracing Instance = new SilentTracing();

            public void Trace(string format, params object[] args)
            {
            }
        }
    }
}
