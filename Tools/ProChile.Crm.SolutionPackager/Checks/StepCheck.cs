using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Plugin registration holds together: each assembly's file is in the zip and holds the plugin types and
    /// workflow activities it lists, each activity carrying its declared description; each step's plugin type is an IPlugin in its assembly, its message is
    /// known, its table exists, its filtering and image columns exist on that table, and its images fit
    /// the message and stage (no pre-image on Create, post-images only after the operation).
    /// </summary>
    public sealed class StepCheck : ISolutionCheck
    {
        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var assemblies = new Dictionary<string, ShippedAssembly?>(StringComparer.OrdinalIgnoreCase);
            var problems = new List<SolutionProblem>();
            foreach (var element in context.Top("SolutionPluginAssemblies"))
            {
                var fullName = (string?)element.Attribute("FullName") ?? string.Empty;
                assemblies[fullName] = ReadAssembly(context, element, fullName, problems);
            }

            foreach (var step in context.Top("SdkMessageProcessingSteps"))
            {
                problems.AddRange(CheckStep(context, step, assemblies));
            }

            return problems;
        }

        private static ShippedAssembly? ReadAssembly(CheckContext context, XElement element, string fullName, List<SolutionProblem> problems)
        {
            var component = ComponentLocator.Enclosing(element);
            var part = ((string?)element.Element("FileName") ?? string.Empty).TrimStart('/');
            if (!context.Package.Has(part))
            {
                problems.Add(Problem(component, $"its FileName \"/{part}\" is not in the zip.", "pack the assembly at the path FileName names (PluginAssemblies/<folder>/<name>.dll)."));
                return null;
            }

            ShippedAssembly assembly;
            try
            {
                assembly = ShippedAssemblyReader.Read(context.Package.Parts[part], dependencyDirectory: null, part, readDeclarations: false);
            }
            catch (Exception e) when (e is InvalidDataException or BadImageFormatException)
            {
                problems.Add(Problem(component, e.Message, "pack the net462 build of the assembly."));
                return null;
            }

            if (!string.Equals(assembly.FullName, fullName, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(component, $"the file /{part} is {assembly.FullName}, not {fullName}.", "pack the assembly the FullName names, or correct FullName."));
            }

            foreach (var type in element.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
            {
                var typeName = TypeName((string?)type.Attribute("AssemblyQualifiedName"));
                var isActivity = type.Element("WorkflowActivityGroupName") != null;
                var present = isActivity ? assembly.ActivityTypes.Contains(typeName) : assembly.PluginTypes.Contains(typeName);
                if (!present)
                {
                    problems.Add(Problem(component,
                        $"lists {(isActivity ? "workflow activity" : "plugin type")} {typeName}, which /{part} does not contain as a {(isActivity ? "non-abstract CodeActivity" : "non-abstract IPlugin class")}.",
                        "rebuild the solution from the current assembly, or remove the type."));
                }

                if (isActivity && string.IsNullOrWhiteSpace((string?)type.Element("Description")))
                {
                    problems.Add(Problem(component,
                        $"lists workflow activity {typeName} without a Description, so the designer shows it undescribed (FriendlyName \"{(string?)type.Element("FriendlyName")}\").",
                        "declare the activity with [WorkflowActivity(\"<nombre en español>\", \"<reglas: qué hace>\")] and rebuild the solution."));
                }
            }

            return assembly;
        }

        private static IEnumerable<SolutionProblem> CheckStep(CheckContext context, XElement step, IReadOnlyDictionary<string, ShippedAssembly?> assemblies)
        {
            var component = ComponentLocator.Enclosing(step);
            var qualifiedName = (string?)step.Element("PluginTypeName") ?? string.Empty;
            var typeName = TypeName(qualifiedName);
            var assemblyName = qualifiedName.Length > typeName.Length ? qualifiedName.Substring(typeName.Length).TrimStart(',', ' ') : string.Empty;
            if (!assemblies.TryGetValue(assemblyName, out var assembly))
            {
                yield return Problem(component, $"its plugin type {qualifiedName} is in assembly \"{assemblyName}\", which the solution does not carry.",
                    "register the step on a type of one of the solution's plugin assemblies.");
            }
            else if (assembly != null && !assembly.PluginTypes.Contains(typeName))
            {
                yield return Problem(component, $"its plugin type {typeName} is not in assembly {assemblyName} (plugin types there: {List(assembly.PluginTypes)}).",
                    "declare the step with [PluginStep] on an existing plugin class, or fix the type name.");
            }

            var messageId = step.Element("SdkMessageId");
            var message = Guid.TryParse((string?)messageId, out var id) ? SdkMessages.NameOf(id) : null;
            if (message == null)
            {
                yield return Problem(component, $"its SdkMessageId \"{(string?)messageId}\" is not a message this solution registers on.",
                    $"use one of: {string.Join(", ", SdkMessages.Names)}.");
            }

            var table = ((string?)step.Element("PrimaryEntity") ?? string.Empty).ToLowerInvariant();
            if (!context.HasTable(table))
            {
                yield return Problem(component, $"its table \"{table}\" is neither in the solution nor a known system table.", "register the step on an existing table.");
                yield break;
            }

            foreach (var column in Columns((string?)step.Element("FilteringAttributes")).Where(c => !context.HasColumn(table, c)))
            {
                yield return Problem(component, $"its filtering column \"{column}\" does not exist on table {table}.",
                    $"name columns of {table} in [PluginStep(FilteringAttributes = ...)] (use the Schema constants).{SystemTableHint(table)}");
            }

            var stage = (int?)step.Element("Stage") ?? 0;
            foreach (var image in step.Descendants("SdkMessageProcessingStepImage"))
            {
                var imageName = (string?)image.Attribute("Name") ?? (string?)image.Element("EntityAlias") ?? "image";
                foreach (var column in Columns((string?)image.Element("Attributes")).Where(c => !context.HasColumn(table, c)))
                {
                    yield return Problem(component, $"its image {imageName} names the column \"{column}\", which table {table} does not have.",
                        $"name columns of {table} in [PluginStep(PreImageAttributes/PostImageAttributes = ...)].{SystemTableHint(table)}");
                }

                var imageType = (int?)image.Element("ImageType") ?? 0;
                if (message == "Create" && imageType != 1)
                {
                    yield return Problem(component, $"its image {imageName} is a pre-image on Create, where no record exists before the operation.", "drop the pre-image, or register on Update.");
                }

                if (imageType != 0 && stage != 40)
                {
                    yield return Problem(component, $"its image {imageName} is a post-image in stage {stage}; post-images exist only in PostOperation (40).", "use a pre-image, or move the step to PostOperation.");
                }

                if (message == "Delete" && imageType != 0)
                {
                    yield return Problem(component, $"its image {imageName} is a post-image on Delete, where no record exists after the operation.", "use a pre-image.");
                }
            }
        }

        /// <summary>A system table's columns are known from a list; a real system column missing there belongs in it.</summary>
        internal static string SystemTableHint(string table) =>
            SystemTables.IsSystemTable(table)
                ? $" If it is a real system column of {table}, add it to Tools/ProChile.Crm.SolutionPackager/Dataverse/SystemTables.cs."
                : string.Empty;

        private static string TypeName(string? assemblyQualifiedName)
        {
            var text = assemblyQualifiedName ?? string.Empty;
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            return (comma < 0 ? text : text.Substring(0, comma)).Trim();
        }

        private static IEnumerable<string> Columns(string? list) =>
            (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string List(IReadOnlyList<string> types) => types.Count == 0 ? "none" : string.Join(", ", types);

        private static SolutionProblem Problem(ComponentRef? component, string message, string fix) =>
            new(ProblemCodes.Step, SolutionPackage.CustomizationsPart, component, message, fix);
    }
}
