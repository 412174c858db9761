using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Assemblies;
using ProChile.Crm.SolutionPackager.Dataverse;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// The Custom APIs (customapis/) would import and run: each sits in the folder of its uniquename, which carries the
    /// publisher's prefix; its plugin type is a PluginType of one of the solution's assemblies and a non-abstract IPlugin
    /// in that DLL; binding 0, 1 or 2 with a bound table exactly when bound, and that table exists; processing steps 0,
    /// 1 or 2; an execute privilege, when named, is prv + action + an existing table; every request parameter and
    /// response property sits in its own folder, has a type from 0 (Boolean) to 12 (Guid), names an existing table
    /// when it names one, is unique, and a response property has no isoptional (Microsoft Learn: "Create a custom API
    /// with solution files" and "CustomAPI tables"); every label fits its column: a description 300 characters and a
    /// display name 100 (the customapi table reference: description MaxLength 300, displayname MaxLength 100; the
    /// request parameter's description is 300 as well, and the response property's columns are taken to be the same).
    /// Stray files under customapis/ are reported too.
    /// </summary>
    public sealed class CustomApiCheck : ISolutionCheck
    {
        /// <summary>customapi.description, and the parameters' and properties' descriptions.</summary>
        public const int DescriptionMaxLength = 300;

        /// <summary>customapi.displayname, and the parameters' and properties' display names.</summary>
        public const int DisplayNameMaxLength = 100;

        private static readonly string[] PrivilegeActions = { "Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };

        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var apis = CustomApiPackage.Read(context.Package, out var stray);
            foreach (var part in stray)
            {
                yield return Problem(part, null, "it fits no Custom API's layout.",
                    "keep customapis/<uniquename>/customapi.xml with customapirequestparameters/<name>/customapirequestparameter.xml and customapiresponseproperties/<name>/customapiresponseproperty.xml.");
            }

            if (apis.Count == 0)
            {
                yield break;
            }

            var pluginTypes = PluginTypesById(context);
            foreach (var api in apis)
            {
                foreach (var problem in CheckApi(context, api, pluginTypes))
                {
                    yield return problem;
                }
            }
        }

        private static IEnumerable<SolutionProblem> CheckApi(CheckContext context, CustomApiPart api, IReadOnlyDictionary<Guid, (string Type, bool IsPlugin)> pluginTypes)
        {
            var root = api.Api.Root!;
            var name = api.UniqueName;
            var component = new ComponentRef("customapi", name, "Custom API " + name);
            var prefix = context.Prefix + "_";
            if (root.Name != "customapi" || name != api.Folder)
            {
                yield return Problem(api.Part, component, $"its root is <{root.Name}> with uniquename \"{name}\" in folder \"{api.Folder}\".", "write <customapi uniquename=\"...\"> in the folder of that uniquename.");
            }

            if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                yield return Problem(api.Part, component, $"its uniquename \"{name}\" lacks the publisher's prefix \"{prefix}\" or has special characters (import error 0x80048062).",
                    $"name it {prefix}<Name> with letters, digits and underscores only.");
            }

            var pluginTypeText = (string?)root.Element("plugintypeid")?.Element("plugintypeid");
            if (!Guid.TryParse(pluginTypeText, out var pluginTypeId) || !pluginTypes.TryGetValue(pluginTypeId, out var type))
            {
                yield return Problem(api.Part, component, $"its plugin type \"{pluginTypeText}\" is no PluginType of the solution's assemblies, so the message would run no logic.",
                    "declare [CustomApi] on a plugin class of a shipped assembly and rebuild the solution.");
            }
            else if (!type.IsPlugin)
            {
                yield return Problem(api.Part, component, $"its plugin type {type.Type} is not a non-abstract IPlugin class in its assembly.",
                    "declare [CustomApi] on a class that derives from the plugin base.");
            }

            var binding = (int?)root.Element("bindingtype") ?? -1;
            var bound = ((string?)root.Element("boundentitylogicalname") ?? string.Empty).Trim();
            if (binding is < 0 or > 2)
            {
                yield return Problem(api.Part, component, $"its bindingtype {binding} is not 0 (Global), 1 (Entity) or 2 (EntityCollection).", "set bindingtype to 0, 1 or 2.");
            }
            else if (binding == 0 && bound.Length > 0)
            {
                yield return Problem(api.Part, component, $"it is global but names the bound table \"{bound}\".", "leave boundentitylogicalname empty, or bind it (bindingtype 1).");
            }
            else if (binding != 0 && !context.HasTable(bound))
            {
                yield return Problem(api.Part, component, $"it is bound to \"{bound}\", which is neither in the solution nor a known system table.", "bind it to an existing table.");
            }

            var steps = (int?)root.Element("allowedcustomprocessingsteptype") ?? -1;
            if (steps is < 0 or > 2)
            {
                yield return Problem(api.Part, component, $"its allowedcustomprocessingsteptype {steps} is not 0 (None), 1 (Async only) or 2 (Sync and async).", "set it to 0, 1 or 2.");
            }

            var privilege = ((string?)root.Element("executeprivilegename") ?? string.Empty).Trim();
            if (privilege.Length > 0 && !IsTablePrivilege(context, privilege))
            {
                yield return Problem(api.Part, component, $"its executeprivilegename \"{privilege}\" names no privilege of an existing table.",
                    "name a table privilege, prv + Create/Read/Write/Delete/Append/AppendTo/Assign/Share + the table (e.g. prvWritepch_Setting), or leave it empty.");
            }

            foreach (var problem in Labels(api.Part, component, root, name))
            {
                yield return problem;
            }

            foreach (var problem in Parameters(context, component, api.Requests, "customapirequestparameter", request: true)
                         .Concat(Parameters(context, component, api.Responses, "customapiresponseproperty", request: false)))
            {
                yield return problem;
            }
        }

        // Each language's label of the description and the display name, against its column's length.
        private static IEnumerable<SolutionProblem> Labels(string part, ComponentRef component, XElement root, string name)
        {
            foreach (var (element, limit) in new[] { ("description", DescriptionMaxLength), ("displayname", DisplayNameMaxLength) })
            {
                foreach (var label in root.Element(element)?.Elements("label") ?? Enumerable.Empty<XElement>())
                {
                    var text = (string?)label.Attribute("description") ?? string.Empty;
                    if (text.Length > limit)
                    {
                        yield return Problem(part, component,
                            $"the {element} of \"{name}\" in language {(string?)label.Attribute("languagecode")} has {text.Length} characters; the column holds {limit}.",
                            $"shorten it to {limit} characters or fewer.");
                    }
                }
            }
        }

        private static IEnumerable<SolutionProblem> Parameters(CheckContext context, ComponentRef component, IReadOnlyList<(string Part, XDocument Xml)> parameters, string element, bool request)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (part, xml) in parameters)
            {
                var root = xml.Root!;
                var name = (string?)root.Attribute("uniquename") ?? string.Empty;
                var folder = part.Split('/')[^2];
                if (root.Name != element || name != folder)
                {
                    yield return Problem(part, component, $"its root is <{root.Name}> with uniquename \"{name}\" in folder \"{folder}\".", $"write <{element} uniquename=\"...\"> in the folder of that uniquename.");
                }

                if (!seen.Add(name))
                {
                    yield return Problem(part, component, $"\"{name}\" is declared twice.", "give each parameter a unique name.");
                }

                var type = (int?)root.Element("type") ?? -1;
                if (type is < 0 or > 12)
                {
                    yield return Problem(part, component, $"\"{name}\" has type {type}, which is not one of 0 (Boolean) to 12 (Guid).", "use one of Dataverse's parameter types, 0 to 12.");
                }

                var table = ((string?)root.Element("logicalentityname") ?? string.Empty).Trim();
                if (table.Length > 0 && !context.HasTable(table))
                {
                    yield return Problem(part, component, $"\"{name}\" names the table \"{table}\", which is neither in the solution nor a known system table.", "name an existing table, or none.");
                }

                foreach (var problem in Labels(part, component, root, name))
                {
                    yield return problem;
                }

                if (!request && root.Element("isoptional") != null)
                {
                    yield return Problem(part, component, $"the response property \"{name}\" has isoptional, which fails the import.", "remove isoptional from response properties.");
                }
            }
        }

        private static bool IsTablePrivilege(CheckContext context, string privilege) =>
            privilege.StartsWith("prv", StringComparison.Ordinal)
            && PrivilegeActions.OrderByDescending(a => a.Length)
                .Where(a => privilege.Substring(3).StartsWith(a, StringComparison.Ordinal))
                .Any(a => context.HasTable(privilege.Substring(3 + a.Length)));

        // PluginTypeId → the type's name and whether its assembly's DLL holds it as a non-abstract IPlugin.
        private static IReadOnlyDictionary<Guid, (string Type, bool IsPlugin)> PluginTypesById(CheckContext context)
        {
            var types = new Dictionary<Guid, (string, bool)>();
            foreach (var assembly in context.Top("SolutionPluginAssemblies"))
            {
                var part = ((string?)assembly.Element("FileName") ?? string.Empty).TrimStart('/');
                IReadOnlyList<string> plugins = Array.Empty<string>();
                if (context.Package.Has(part))
                {
                    try
                    {
                        plugins = ShippedAssemblyReader.Read(context.Package.Parts[part], dependencyDirectory: null, part, readDeclarations: false).PluginTypes;
                    }
                    catch (Exception e) when (e is InvalidDataException or BadImageFormatException)
                    {
                        // The step check reports an unreadable assembly; here its types count as no plugins.
                    }
                }

                foreach (var type in assembly.Descendants("PluginType"))
                {
                    if (Guid.TryParse((string?)type.Attribute("PluginTypeId"), out var id))
                    {
                        var name = (string?)type.Attribute("Name") ?? string.Empty;
                        types[id] = (name, type.Element("WorkflowActivityGroupName") == null && plugins.Contains(name));
                    }
                }
            }
            return types;
        }

        private static SolutionProblem Problem(string part, ComponentRef? component, string message, string fix) =>
            new(ProblemCodes.CustomApi, part, component, message, fix);
    }
}
