using System;

namespace ProChile.Crm.Plugins.Registration
{
    /// <summary>The pipeline stage a step runs in (Dataverse's numbers).</summary>
    public enum PipelineStage
    {
        PreValidation = 10,
        PreOperation = 20,

        /// <summary>The core operation: where a Custom API's own plugin runs; never a [PluginStep] stage.</summary>
        MainOperation = 30,
        PostOperation = 40,
    }

    /// <summary>Whether a step runs inside the operation's transaction or after it, queued.</summary>
    public enum StepMode
    {
        Synchronous = 0,
        Asynchronous = 1,
    }

    /// <summary>Names of the SDK messages our steps register on.</summary>
    public static class MessageName
    {
        public const string Create = "Create";
        public const string Update = "Update";
        public const string Delete = "Delete";
    }

    /// <summary>
    /// Declares one SDK message processing step of the plugin class it decorates: message, table,
    /// stage, mode, filtering columns and images. It is the single source of the registration: the
    /// plugin base checks each execution against it, the local organization registers from it, and the
    /// solution's steps are generated from it, so the three cannot drift apart.
    /// Tools read it by name through <c>CustomAttributeData</c> (also from the net462 assembly), so its
    /// full name and property names are part of the build's contract.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class PluginStepAttribute : Attribute
    {
        /// <summary>The alias of the pre-image, when <see cref="PreImageAttributes"/> declares one.</summary>
        public const string PreImageName = "PreImage";

        /// <summary>The alias of the post-image, when <see cref="PostImageAttributes"/> declares one.</summary>
        public const string PostImageName = "PostImage";

        public PluginStepAttribute(string message, string primaryEntity, PipelineStage stage)
        {
            Message = message;
            PrimaryEntity = primaryEntity;
            Stage = stage;
        }

        public string Message { get; }

        public string PrimaryEntity { get; }

        public PipelineStage Stage { get; }

        public StepMode Mode { get; set; } = StepMode.Synchronous;

        /// <summary>Execution order among steps of the same message, table and stage.</summary>
        public int Rank { get; set; } = 1;

        /// <summary>Update steps run only when one of these columns is in the Target. Empty: every update.</summary>
        public string[] FilteringAttributes { get; set; } = new string[0];

        /// <summary>Columns of the pre-image named <see cref="PreImageName"/>; null declares no pre-image.</summary>
        public string[]? PreImageAttributes { get; set; }

        /// <summary>Columns of the post-image named <see cref="PostImageName"/>; null declares no post-image.</summary>
        public string[]? PostImageAttributes { get; set; }

        /// <summary>What the step does, with the rule ids it implements; shown to admins in the solution.</summary>
        public string? Description { get; set; }

        /// <summary>For asynchronous steps: delete the system job when it succeeds.</summary>
        public bool AsyncAutoDelete { get; set; }
    }
}
