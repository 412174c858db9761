using System;
using System.Collections.Generic;

namespace ProChile.Crm.Registration
{
    /// <summary>An image a step declares: its alias, kind (0 pre, 1 post) and exactly the columns it holds.</summary>
    public sealed record ImageDeclaration(string Name, int ImageType, IReadOnlyList<string> Attributes)
    {
        public const int Pre = 0;
        public const int Post = 1;
    }

    /// <summary>
    /// One SDK message processing step as a plugin class declares it with
    /// <c>ProChile.Crm.Plugins.Registration.PluginStepAttribute</c>.
    /// </summary>
    public sealed record StepDeclaration(
        string PluginTypeFullName,
        string Message,
        string PrimaryEntity,
        int Stage,
        int Mode,
        int Rank,
        IReadOnlyList<string> FilteringAttributes,
        ImageDeclaration? PreImage,
        ImageDeclaration? PostImage,
        string? Description,
        bool AsyncAutoDelete)
    {
        /// <summary>The name Dataverse shows for the step, in the usual "Type: Stage Mode Message of table" form.</summary>
        public string Name => $"{PluginTypeFullName}: {StageName} {(Mode == 1 ? "Async" : "Sync")} {Message} of {PrimaryEntity}";

        public string StageName => Stage switch
        {
            10 => "PreValidation",
            20 => "PreOperation",
            40 => "PostOperation",
            _ => "Stage" + Stage.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        public IEnumerable<ImageDeclaration> Images
        {
            get
            {
                if (PreImage != null) yield return PreImage;
                if (PostImage != null) yield return PostImage;
            }
        }
    }
}
