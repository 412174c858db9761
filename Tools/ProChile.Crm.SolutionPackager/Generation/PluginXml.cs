using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.Registration;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Dataverse;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Writes the plugin assemblies (their plugin types, and their workflow activities as each [WorkflowActivity]
    /// declares them) and one step per [PluginStep] declaration: the registration is generated from the code,
    /// never written by hand.
    /// </summary>
    public static class PluginXml
    {
        public static string FileName(ShippedAssembly assembly) =>
            $"/PluginAssemblies/{assembly.FolderStem}-{ComponentIds.PluginAssembly(assembly.Name).ToString("D").ToUpperInvariant()}/{assembly.FolderStem}.dll";

        public static XElement Assembly(ShippedAssembly assembly) =>
            new("PluginAssembly",
                new XAttribute("FullName", assembly.FullName),
                new XAttribute("PluginAssemblyId", ComponentIds.PluginAssembly(assembly.Name).ToString("D")),
                new XAttribute("CustomizationLevel", 1),
                new XElement("IsolationMode", 2),
                new XElement("SourceType", 0),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                new XElement("FileName", FileName(assembly)),
                new XElement("PluginTypes",
                    assembly.PluginTypes.Select(t => PluginType(assembly, t))
                        .Concat(assembly.Activities.OrderBy(a => a.ActivityTypeFullName, StringComparer.Ordinal).Select(a => Activity(assembly, a)))));

        private static XElement PluginType(ShippedAssembly assembly, string typeName) =>
            new("PluginType",
                TypeIdentity(assembly, typeName),
                new XElement("FriendlyName", ComponentIds.PluginType(typeName).ToString("D")));

        /// <summary>PluginType's schema order: Description, FriendlyName, WorkflowActivityGroupName.</summary>
        private static XElement Activity(ShippedAssembly assembly, ActivityDeclaration activity) =>
            new("PluginType",
                TypeIdentity(assembly, activity.ActivityTypeFullName),
                new XElement("Description", activity.Description),
                new XElement("FriendlyName", activity.FriendlyName),
                new XElement("WorkflowActivityGroupName", activity.Group));

        private static XAttribute[] TypeIdentity(ShippedAssembly assembly, string typeName) => new[]
        {
            new XAttribute("AssemblyQualifiedName", assembly.AssemblyQualifiedName(typeName)),
            new XAttribute("PluginTypeId", ComponentIds.PluginType(typeName).ToString("D")),
            new XAttribute("Name", typeName),
        };

        /// <summary>Identifies a step across builds: the same declaration keeps the same id.</summary>
        public static string StepIdentity(StepDeclaration step) =>
            string.Join("|", step.PluginTypeFullName, step.Message, step.PrimaryEntity,
                step.Stage.ToString(CultureInfo.InvariantCulture), step.Mode.ToString(CultureInfo.InvariantCulture), step.Rank.ToString(CultureInfo.InvariantCulture));

        public static XElement Step(ShippedAssembly assembly, StepDeclaration step)
        {
            var identity = StepIdentity(step);
            // An unknown message gets no id here; the step check names it with the messages we know.
            var messageId = SdkMessages.TryGetId(step.Message, out var id) ? id : (Guid?)null;
            return new XElement("SdkMessageProcessingStep",
                new XAttribute("Name", step.Name),
                new XAttribute("SdkMessageProcessingStepId", DeterministicGuid.Braced(ComponentIds.Step(identity))),
                new XElement("PluginTypeName", assembly.AssemblyQualifiedName(step.PluginTypeFullName)),
                new XElement("PluginTypeId", ComponentIds.PluginType(step.PluginTypeFullName).ToString("D")),
                new XElement("PrimaryEntity", step.PrimaryEntity),
                Xml.Flag("AsyncAutoDelete", step.AsyncAutoDelete),
                step.Description == null ? null : new XElement("Description", step.Description),
                new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
                new XElement("InvocationSource", 0),
                new XElement("Mode", step.Mode),
                new XElement("Rank", step.Rank),
                messageId == null ? null : new XElement("SdkMessageId", DeterministicGuid.Braced(messageId.Value)),
                new XElement("EventHandlerTypeCode", 4602),
                new XElement("Stage", step.Stage),
                Xml.Flag("IsCustomizable", true),
                Xml.Flag("IsHidden", false),
                new XElement("SupportedDeployment", 0),
                new XElement("IntroducedVersion", ColumnXml.IntroducedVersion),
                new XElement("SdkMessageProcessingStepImages", step.Images.Select(image =>
                    new XElement("SdkMessageProcessingStepImage",
                        new XAttribute("Name", image.Name),
                        new XElement("SdkMessageProcessingStepImageId", DeterministicGuid.Braced(ComponentIds.StepImage(identity, image.Name))),
                        new XElement("Attributes", string.Join(",", image.Attributes)),
                        new XElement("EntityAlias", image.Name),
                        new XElement("ImageType", image.ImageType),
                        new XElement("MessagePropertyName", step.Message == "Create" ? "Id" : "Target"),
                        Xml.Flag("IsCustomizable", true)))));
        }

        public static IEnumerable<XElement> Steps(IEnumerable<ShippedAssembly> assemblies) =>
            assemblies.SelectMany(a => a.Steps
                .OrderBy(StepIdentity, StringComparer.Ordinal)
                .Select(s => Step(a, s)));
    }
}
