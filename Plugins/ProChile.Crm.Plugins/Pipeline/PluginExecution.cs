using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Plugins.Registration;
using Messages = ProChile.Crm.Plugins.Registration.MessageName;

namespace ProChile.Crm.Plugins.Pipeline
{
    /// <summary>
    /// One execution of a step: the services, the step it matched, the clock, and the Target and images with
    /// <c>Get</c> (null when absent) beside <c>GetRequired</c> (throws, naming what is missing and how to fix
    /// the registration). Lives for one call only; never store it in a field.
    /// </summary>
    public sealed class PluginExecution
    {
        private const string TargetParameter = "Target";
        private readonly string pluginName;
        private readonly IOrganizationServiceFactory factory;
        private IOrganizationService? userService;
        private IOrganizationService? systemService;

        internal PluginExecution(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory, PluginStepAttribute step, string pluginName)
        {
            Context = context;
            Tracing = tracing;
            this.factory = factory;
            Step = step;
            this.pluginName = pluginName;
        }

        public IPluginExecutionContext Context { get; }

        public ITracingService Tracing { get; }

        /// <summary>
        /// The organization service as the calling user (the context's <c>UserId</c>): Dataverse checks that user's
        /// privileges on every call. Use it for the user's own change, done on their behalf.
        /// </summary>
        public IOrganizationService UserService => userService ??= factory.CreateOrganizationService(Context.UserId);

        /// <summary>
        /// The organization service as SYSTEM (<c>CreateOrganizationService(null)</c>): no privilege checks. Only for
        /// bookkeeping the user may not do by hand, and for reads a rule needs whole whoever saved the record; every
        /// call site says why in a comment.
        /// </summary>
        public IOrganizationService SystemService => systemService ??= factory.CreateOrganizationService(null);

        /// <summary>The declared step this execution matched.</summary>
        public PluginStepAttribute Step { get; }

        public string MessageName => Context.MessageName;

        public bool IsCreate => string.Equals(MessageName, Messages.Create, StringComparison.OrdinalIgnoreCase);

        public bool IsUpdate => string.Equals(MessageName, Messages.Update, StringComparison.OrdinalIgnoreCase);

        public bool IsDelete => string.Equals(MessageName, Messages.Delete, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The operation's instant (UTC): the context's OperationCreatedOn, the same for every step of the
        /// operation and the same when an asynchronous step is retried. Never the machine's clock.
        /// </summary>
        public DateTime NowUtc
        {
            get
            {
                var created = Context.OperationCreatedOn;
                if (created == default)
                {
                    throw new InvalidPluginExecutionException(
                        $"{pluginName}: el contexto no trae la hora de la operación (OperationCreatedOn); no se puede calcular sin reloj.");
                }
                return DateTime.SpecifyKind(created, DateTimeKind.Utc);
            }
        }

        public void Trace(string format, params object[] args) => Tracing.Trace(pluginName + ": " + format, args);

        /// <summary>The Target of a Create or Update, or null when there is none (or it is not a row).</summary>
        public Entity? GetTarget() =>
            Context.InputParameters.TryGetValue<Entity>(TargetParameter, out var target) ? target : null;

        /// <summary>The Target of a Create or Update; throws naming the registration fix when absent.</summary>
        public Entity GetRequiredTarget() =>
            GetTarget() ?? throw RegistrationErrors.MissingTarget(pluginName, Context, "registro (Entity)");

        /// <summary>The Target of a Delete (a reference), or null.</summary>
        public EntityReference? GetTargetReference() =>
            Context.InputParameters.TryGetValue<EntityReference>(TargetParameter, out var target) ? target : null;

        public EntityReference GetRequiredTargetReference() =>
            GetTargetReference() ?? throw RegistrationErrors.MissingTarget(pluginName, Context, "referencia (EntityReference)");

        /// <summary>The pre-image, or null when the context has none (always null on Create).</summary>
        public Entity? GetPreImage() => Image(Context.PreEntityImages, PluginStepAttribute.PreImageName);

        /// <summary>The pre-image the step declares; throws naming the alias and columns to register when absent.</summary>
        public Entity GetRequiredPreImage() =>
            RequireImage(Context.PreEntityImages, PluginStepAttribute.PreImageName, Step.PreImageAttributes);

        public Entity? GetPostImage() => Image(Context.PostEntityImages, PluginStepAttribute.PostImageName);

        public Entity GetRequiredPostImage() =>
            RequireImage(Context.PostEntityImages, PluginStepAttribute.PostImageName, Step.PostImageAttributes);

        /// <summary>The primary row's id: the Target's, else the context's (Create in PreOperation has none yet).</summary>
        public Guid PrimaryId
        {
            get
            {
                var target = GetTarget();
                if (target is not null && target.Id != Guid.Empty)
                {
                    return target.Id;
                }
                return GetTargetReference()?.Id ?? Context.PrimaryEntityId;
            }
        }

        private static Entity? Image(EntityImageCollection? images, string name) =>
            images is not null && images.TryGetValue(name, out var image) ? image : null;

        private Entity RequireImage(EntityImageCollection? images, string name, string[]? declaredColumns)
        {
            if (declaredColumns is null)
            {
                throw RegistrationErrors.UndeclaredImage(pluginName, name);
            }
            return Image(images, name) ?? throw RegistrationErrors.MissingImage(pluginName, Context, name, declaredColumns);
        }
    }
}
