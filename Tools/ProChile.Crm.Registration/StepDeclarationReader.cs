using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.Registration
{
    /// <summary>
    /// Reads <c>[PluginStep]</c> declarations through <see cref="CustomAttributeData"/>, matching the attribute
    /// by full name. That works on a loaded assembly and on one opened with MetadataLoadContext (the net462
    /// build), and needs no reference to the plugin assembly.
    /// </summary>
    public static class StepDeclarationReader
    {
        public const string AttributeFullName = "ProChile.Crm.Plugins.Registration.PluginStepAttribute";
        public const string PreImageName = "PreImage";
        public const string PostImageName = "PostImage";

        /// <summary>Every step declared by the non-abstract types of the assembly, ordered by type name.</summary>
        public static IReadOnlyList<StepDeclaration> Read(Assembly assembly) =>
            assembly.GetTypes()
                .Where(t => t.IsClass && !t.IsAbstract)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .SelectMany(Read)
                .ToList();

        /// <summary>The steps one plugin type declares, in declaration order.</summary>
        public static IReadOnlyList<StepDeclaration> Read(Type pluginType)
        {
            var steps = new List<StepDeclaration>();
            foreach (var data in pluginType.GetCustomAttributesData())
            {
                if (data.AttributeType.FullName != AttributeFullName)
                {
                    continue;
                }

                var args = data.ConstructorArguments;
                if (args.Count != 3)
                {
                    throw new InvalidOperationException(
                        $"{pluginType.FullName}: [{AttributeFullName}] has {args.Count} constructor arguments; expected (message, primaryEntity, stage).");
                }

                var named = data.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue, StringComparer.Ordinal);
                var pre = StringArray(named, "PreImageAttributes");
                var post = StringArray(named, "PostImageAttributes");
                steps.Add(new StepDeclaration(
                    PluginTypeFullName: pluginType.FullName!,
                    Message: (string)args[0].Value!,
                    PrimaryEntity: (string)args[1].Value!,
                    Stage: Convert.ToInt32(args[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                    Mode: named.TryGetValue("Mode", out var mode) ? Convert.ToInt32(mode.Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                    Rank: named.TryGetValue("Rank", out var rank) ? (int)rank.Value! : 1,
                    FilteringAttributes: StringArray(named, "FilteringAttributes") ?? Array.Empty<string>(),
                    PreImage: pre == null ? null : new ImageDeclaration(PreImageName, ImageDeclaration.Pre, pre),
                    PostImage: post == null ? null : new ImageDeclaration(PostImageName, ImageDeclaration.Post, post),
                    Description: named.TryGetValue("Description", out var description) ? (string?)description.Value : null,
                    AsyncAutoDelete: named.TryGetValue("AsyncAutoDelete", out var autoDelete) && (bool)autoDelete.Value!));
            }

            return steps;
        }

        private static IReadOnlyList<string>? StringArray(IDictionary<string, CustomAttributeTypedArgument> named, string name)
        {
            if (!named.TryGetValue(name, out var value) || value.Value == null)
            {
                return null;
            }

            return ((ReadOnlyCollection<CustomAttributeTypedArgument>)value.Value).Select(v => (string)v.Value!).ToList();
        }
    }
}
