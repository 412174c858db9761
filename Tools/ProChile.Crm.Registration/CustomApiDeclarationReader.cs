using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.Registration
{
    /// <summary>
    /// Reads <c>[CustomApi]</c>, <c>[CustomApiRequest]</c> and <c>[CustomApiResponse]</c> declarations through
    /// <see cref="CustomAttributeData"/>, matching the attributes by full name as <see cref="StepDeclarationReader"/>
    /// does: it works on a loaded assembly and on the net462 build opened with MetadataLoadContext.
    /// </summary>
    public static class CustomApiDeclarationReader
    {
        public const string AttributeFullName = "ProChile.Crm.Plugins.Registration.CustomApiAttribute";
        public const string RequestAttributeFullName = "ProChile.Crm.Plugins.Registration.CustomApiRequestAttribute";
        public const string ResponseAttributeFullName = "ProChile.Crm.Plugins.Registration.CustomApiResponseAttribute";

        /// <summary>Every Custom API the non-abstract types of the assembly declare, ordered by unique name.</summary>
        public static IReadOnlyList<CustomApiDeclaration> Read(Assembly assembly) =>
            assembly.GetTypes()
                .Where(t => t.IsClass && !t.IsAbstract)
                .Select(Read)
                .Where(d => d != null)
                .Select(d => d!)
                .OrderBy(d => d.UniqueName, StringComparer.Ordinal)
                .ToList();

        /// <summary>The Custom API one plugin type declares, or null when it declares none.</summary>
        public static CustomApiDeclaration? Read(Type pluginType)
        {
            var attributes = pluginType.GetCustomAttributesData();
            var api = attributes.SingleOrDefault(a => a.AttributeType.FullName == AttributeFullName);
            var parameters = attributes.Where(a => a.AttributeType.FullName is RequestAttributeFullName or ResponseAttributeFullName).ToList();
            if (api == null)
            {
                return parameters.Count == 0 ? null : throw new InvalidOperationException(
                    $"{pluginType.FullName} declares Custom API parameters but no [CustomApi]; declare the API they belong to.");
            }

            var args = Arguments(pluginType, api, 5);
            var named = Named(api);
            return new CustomApiDeclaration(
                PluginTypeFullName: pluginType.FullName!,
                UniqueName: (string)args[0].Value!,
                DisplayName: new BilingualText((string)args[1].Value!, (string)args[2].Value!),
                Description: new BilingualText((string)args[3].Value!, (string)args[4].Value!),
                IsFunction: named.TryGetValue("IsFunction", out var function) && (bool)function.Value!,
                BindingType: Int(named, "Binding", CustomApiDeclaration.Global),
                BoundEntityLogicalName: named.TryGetValue("BoundEntity", out var bound) ? (string?)bound.Value : null,
                ExecutePrivilegeName: named.TryGetValue("ExecutePrivilegeName", out var privilege) ? (string?)privilege.Value : null,
                AllowedCustomProcessingStepType: Int(named, "StepsAllowed", 0),
                EnabledForWorkflow: named.TryGetValue("EnabledForWorkflow", out var workflow) && (bool)workflow.Value!,
                RequestParameters: parameters.Where(a => a.AttributeType.FullName == RequestAttributeFullName).Select(a => Parameter(pluginType, a, request: true)).ToList(),
                ResponseProperties: parameters.Where(a => a.AttributeType.FullName == ResponseAttributeFullName).Select(a => Parameter(pluginType, a, request: false)).ToList());
        }

        private static CustomApiParameterDeclaration Parameter(Type pluginType, CustomAttributeData data, bool request)
        {
            var args = Arguments(pluginType, data, 6);
            var named = Named(data);
            return new CustomApiParameterDeclaration(
                UniqueName: (string)args[0].Value!,
                Type: Convert.ToInt32(args[1].Value, CultureInfo.InvariantCulture),
                DisplayName: new BilingualText((string)args[2].Value!, (string)args[3].Value!),
                Description: new BilingualText((string)args[4].Value!, (string)args[5].Value!),
                IsOptional: request && named.TryGetValue("IsOptional", out var optional) && (bool)optional.Value!,
                LogicalEntityName: named.TryGetValue("LogicalEntityName", out var table) ? (string?)table.Value : null);
        }

        private static IList<CustomAttributeTypedArgument> Arguments(Type pluginType, CustomAttributeData data, int count) =>
            data.ConstructorArguments.Count == count ? data.ConstructorArguments : throw new InvalidOperationException(
                $"{pluginType.FullName}: [{data.AttributeType.FullName}] has {data.ConstructorArguments.Count} constructor arguments; expected {count}.");

        private static Dictionary<string, CustomAttributeTypedArgument> Named(CustomAttributeData data) =>
            data.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue, StringComparer.Ordinal);

        private static int Int(IDictionary<string, CustomAttributeTypedArgument> named, string name, int fallback) =>
            named.TryGetValue(name, out var value) ? Convert.ToInt32(value.Value, CultureInfo.InvariantCulture) : fallback;
    }
}
