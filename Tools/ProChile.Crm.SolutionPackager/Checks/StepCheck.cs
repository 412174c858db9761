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
                problems.Add(Problem(component, $"su FileName «/{part}» no está en el zip.", "empaquete el ensamblado en la ruta que nombra FileName (PluginAssemblies/<carpeta>/<nombre>.dll)."));
                return null;
            }

            ShippedAssembly assembly;
            try
            {
                assembly = ShippedAssemblyReader.Read(context.Package.Parts[part], dependencyDirectory: null, part, readDeclarations: false);
            }
            catch (Exception e) when (e is InvalidDataException or BadImageFormatException)
            {
                problems.Add(Problem(component, e.Message, "empaquete la compilación net462 del ensamblado."));
                return null;
            }

            if (!string.Equals(assembly.FullName, fullName, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(component, $"el archivo /{part} es «{assembly.FullName}», no {fullName}.", "empaquete el ensamblado que nombra FullName, o corrija FullName."));
            }

            foreach (var type in element.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
            {
                var typeName = TypeName((string?)type.Attribute("AssemblyQualifiedName"));
                var isActivity = type.Element("WorkflowActivityGroupName") != null;
                var present = isActivity ? assembly.ActivityTypes.Contains(typeName) : assembly.PluginTypes.Contains(typeName);
                if (!present)
                {
                    problems.Add(Problem(component,
                        $"lista {(isActivity ? "la actividad de flujo de trabajo" : "el tipo de plugin")} «{typeName}», que /{part} no contiene como {(isActivity ? "CodeActivity no abstracta" : "clase IPlugin no abstracta")}.",
                        "vuelva a generar la solución desde el ensamblado actual, o quite el tipo."));
                }

                if (isActivity && string.IsNullOrWhiteSpace((string?)type.Element("Description")))
                {
                    problems.Add(Problem(component,
                        $"lista la actividad de flujo de trabajo «{typeName}» sin Description, así que el diseñador la muestra sin descripción (FriendlyName «{(string?)type.Element("FriendlyName")}»).",
                        "declare la actividad con [WorkflowActivity(\"<nombre en español>\", \"<reglas: qué hace>\")] y vuelva a generar la solución."));
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
                yield return Problem(component, $"su tipo de plugin {qualifiedName} está en el ensamblado «{assemblyName}», que la solución no lleva.",
                    "registre el paso en un tipo de uno de los ensamblados de plugins de la solución.");
            }
            else if (assembly != null && !assembly.PluginTypes.Contains(typeName))
            {
                yield return Problem(component, $"su tipo de plugin «{typeName}» no está en el ensamblado {assemblyName} (tipos de plugin allí: {List(assembly.PluginTypes)}).",
                    "declare el paso con [PluginStep] en una clase de plugin existente, o corrija el nombre del tipo.");
            }

            var messageId = step.Element("SdkMessageId");
            var message = Guid.TryParse((string?)messageId, out var id) ? SdkMessages.NameOf(id) : null;
            if (message == null)
            {
                yield return Problem(component, $"su SdkMessageId «{(string?)messageId}» no es un mensaje en que esta solución registre pasos.",
                    $"se acepta uno de: {string.Join(", ", SdkMessages.Names)}.");
            }

            var table = ((string?)step.Element("PrimaryEntity") ?? string.Empty).ToLowerInvariant();
            if (!context.HasTable(table))
            {
                yield return Problem(component, $"su tabla «{table}» no está en la solución ni es una tabla de sistema conocida.", "registre el paso en una tabla existente.");
                yield break;
            }

            foreach (var column in Columns((string?)step.Element("FilteringAttributes")).Where(c => !context.HasColumn(table, c)))
            {
                yield return Problem(component, $"su columna de filtro «{column}» no existe en la tabla «{table}».",
                    $"nombre columnas de {table} en [PluginStep(FilteringAttributes = ...)] (use las constantes de Schema).{SystemTableHint(table)}");
            }

            var stage = (int?)step.Element("Stage") ?? 0;
            foreach (var image in step.Descendants("SdkMessageProcessingStepImage"))
            {
                var imageName = (string?)image.Attribute("Name") ?? (string?)image.Element("EntityAlias") ?? "image";
                foreach (var column in Columns((string?)image.Element("Attributes")).Where(c => !context.HasColumn(table, c)))
                {
                    yield return Problem(component, $"su imagen {imageName} nombra la columna «{column}», que la tabla «{table}» no tiene.",
                        $"nombre columnas de {table} en [PluginStep(PreImageAttributes/PostImageAttributes = ...)].{SystemTableHint(table)}");
                }

                var imageType = (int?)image.Element("ImageType") ?? 0;
                if (message == "Create" && imageType != 1)
                {
                    yield return Problem(component, $"su imagen {imageName} es una preimagen en Create, donde no existe registro antes de la operación.", "quite la preimagen, o registre el paso en Update.");
                }

                if (imageType != 0 && stage != 40)
                {
                    yield return Problem(component, $"su imagen {imageName} es una postimagen en la etapa «{stage}»; las postimágenes existen solo en PostOperation (40).", "use una preimagen, o pase el paso a PostOperation.");
                }

                if (message == "Delete" && imageType != 0)
                {
                    yield return Problem(component, $"su imagen {imageName} es una postimagen en Delete, donde no existe registro después de la operación.", "use una preimagen.");
                }
            }
        }

        /// <summary>A system table's columns are known from a list; a real system column missing there belongs in it.</summary>
        internal static string SystemTableHint(string table) =>
            SystemTables.IsSystemTable(table)
                ? $" Si es una columna de sistema real de {table}, agréguela a Tools/ProChile.Crm.SolutionPackager/Dataverse/SystemTables.cs."
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
