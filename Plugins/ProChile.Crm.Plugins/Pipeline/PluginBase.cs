using System;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Identity;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Plugins.Pipeline
{
    /// <summary>
    /// The one base of every plugin. It runs the fixed sequence: get the services (context, tracing, factory,
    /// service), check that the execution matches a <see cref="PluginStepAttribute"/> the class declares
    /// (message, table, stage, mode), hand a <see cref="PluginExecution"/> to the derived class, and turn any
    /// failure into an <see cref="InvalidPluginExecutionException"/>: the rules' Spanish messages pass through
    /// as they are, anything unexpected is traced in full and reported in Spanish with the correlation id.
    /// <para>
    /// <b>Plugin classes are cached and shared between threads</b>: Dataverse builds one instance per step and
    /// calls <see cref="Execute(IServiceProvider)"/> on it concurrently. Keep no per-call state in fields; what
    /// belongs to one call lives in the <see cref="PluginExecution"/>. Fields may hold only immutable values or
    /// thread-safe caches keyed by content (e.g. an office calendar cache).
    /// </para>
    /// <para>
    /// Time comes from the execution (<see cref="PluginExecution.NowUtc"/>, the operation's creation instant),
    /// never from the machine's clock, and nothing here relies on <c>Depth</c>: steps avoid retriggering
    /// themselves through their filtering attributes.
    /// </para>
    /// </summary>
    public abstract class PluginBase : IPlugin
    {
        private readonly PluginStepAttribute[] steps;

        protected PluginBase()
        {
            steps = GetType().GetCustomAttributes<PluginStepAttribute>(inherit: false)
                .Concat(GetType().GetCustomAttributes<CustomApiAttribute>(inherit: false).Select(MainOperationOf))
                .ToArray();
            if (steps.Length == 0)
            {
                throw new InvalidOperationException(
                    $"{GetType().FullName} declares no [{nameof(PluginStepAttribute)}] nor [{nameof(CustomApiAttribute)}]; declare the steps or the Custom API it is registered on.");
            }
        }

        /// <summary>The class name shown in traces and messages.</summary>
        protected string PluginName => GetType().Name;

        public void Execute(IServiceProvider serviceProvider)
        {
            if (serviceProvider is null)
            {
                throw new InvalidPluginExecutionException($"{PluginName}: Dataverse no entregó el proveedor de servicios (IServiceProvider).");
            }
            var tracing = serviceProvider.GetService(typeof(ITracingService)) as ITracingService ?? SilentTracing.Instance;
            var context = serviceProvider.GetService(typeof(IPluginExecutionContext)) as IPluginExecutionContext
                ?? throw new InvalidPluginExecutionException($"{PluginName}: falta el contexto de ejecución (IPluginExecutionContext); la clase debe registrarse como complemento (plugin), no como actividad.");
            var factory = serviceProvider.GetService(typeof(IOrganizationServiceFactory)) as IOrganizationServiceFactory
                ?? throw new InvalidPluginExecutionException($"{PluginName}: falta la fábrica de servicios (IOrganizationServiceFactory).");

            var step = StepMatching(context);
            tracing.Trace("{0}: {1} de {2}, etapa {3}, modo {4}, correlación {5}.",
                PluginName, context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode, context.CorrelationId);
            try
            {
                Execute(new PluginExecution(context, tracing, factory, step, PluginName));
            }
            catch (InvalidPluginExecutionException e)
            {
                tracing.Trace("{0}: rechazado: {1}", PluginName, e.Message);
                throw;
            }
            catch (Exception e) when (IsRuleRefusal(e))
            {
                // The rules' own refusals already say, in Spanish, what was wrong and what is accepted.
                tracing.Trace("{0}: rechazado por la regla: {1}", PluginName, e);
                throw new InvalidPluginExecutionException(e.Message, e);
            }
            catch (Exception e)
            {
                tracing.Trace("{0}: error inesperado: {1}", PluginName, e);
                throw new InvalidPluginExecutionException(
                    $"Error inesperado en {PluginName} al procesar {context.MessageName} de {context.PrimaryEntityName}: {e.Message} " +
                    $"El detalle quedó en el registro de seguimiento de complementos (correlación {context.CorrelationId}).", e);
            }
        }

        /// <summary>The step's work: read the execution, call the rules, write the result.</summary>
        protected abstract void Execute(PluginExecution execution);

        // The rules' refusals: each message already names the value and what is accepted, in Spanish.
        private static bool IsRuleRefusal(Exception e) =>
            e is InvalidRutException || e is InvalidSettingException || e is CategoryChangeRefusedException
            || e is LateDefenceException || e is NoteTransitionRefusedException || e is NoticeChannelUnavailableException;

        // A Custom API's plugin is its message's main operation (stage 30), on the bound table or on none.
        private static PluginStepAttribute MainOperationOf(CustomApiAttribute api) =>
            new PluginStepAttribute(api.UniqueName, api.Binding == CustomApiBinding.Global ? "none" : api.BoundEntity ?? "none", PipelineStage.MainOperation)
            {
                Description = api.DescriptionEs,
            };

        private PluginStepAttribute StepMatching(IPluginExecutionContext context)
        {
            var match = steps.FirstOrDefault(s =>
                string.Equals(s.Message, context.MessageName, StringComparison.OrdinalIgnoreCase)
                && string.Equals(s.PrimaryEntity, context.PrimaryEntityName, StringComparison.OrdinalIgnoreCase)
                && (int)s.Stage == context.Stage
                && (int)s.Mode == context.Mode);
            return match ?? throw RegistrationErrors.NoMatchingStep(PluginName, context, steps);
        }

        private sealed class SilentTracing : ITracingService
        {
            public static readonly SilentTracing Instance = new SilentTracing();

            public void Trace(string format, params object[] args)
            {
            }
        }
    }
}
