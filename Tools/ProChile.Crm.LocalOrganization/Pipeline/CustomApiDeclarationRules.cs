using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// What Dataverse requires of a Custom API's definition (Microsoft Learn, "CustomAPI tables"): a plugin type that
    /// is a public IPlugin, a binding of 0, 1 or 2 with a bound table exactly when bound (and that table declared here),
    /// parameter and property types among 0 (Boolean) to 12 (Guid), Entity-typed ones naming an existing table when
    /// they name one, unique parameter names, and no "Target" request parameter on a bound API (Dataverse adds it).
    /// A definition that would not save there fails here at registration, naming what to fix.
    /// </summary>
    internal static class CustomApiDeclarationRules
    {
        public static void Check(CustomApiDeclaration api, Type pluginType, OrganizationSchema schema)
        {
            var problems = new List<string>();
            if (!typeof(IPlugin).IsAssignableFrom(pluginType) || pluginType.IsAbstract || !pluginType.IsPublic)
            {
                problems.Add($"{pluginType.FullName} must be a public, non-abstract class implementing IPlugin");
            }

            if (api.BindingType is < 0 or > 2)
            {
                problems.Add($"binding type {api.BindingType} is not 0 (Global), 1 (Entity) or 2 (EntityCollection)");
            }
            else if (api.BindingType == CustomApiDeclaration.Global && api.BoundEntityLogicalName != null)
            {
                problems.Add($"a global API has no bound table, but '{api.BoundEntityLogicalName}' is given");
            }
            else if (api.BindingType != CustomApiDeclaration.Global && (api.BoundEntityLogicalName == null || !schema.TryGetTable(api.BoundEntityLogicalName, out _)))
            {
                problems.Add($"a bound API needs a bound table declared in the organization's schema, not '{api.BoundEntityLogicalName}'");
            }

            if (api.AllowedCustomProcessingStepType is < 0 or > 2)
            {
                problems.Add($"allowed custom processing step type {api.AllowedCustomProcessingStepType} is not 0, 1 or 2");
            }

            var all = api.RequestParameters.Concat(api.ResponseProperties).ToList();
            foreach (var parameter in all)
            {
                if (parameter.Type is < 0 or > 12)
                {
                    problems.Add($"'{parameter.UniqueName}' has type {parameter.Type}, not one of 0 (Boolean) to 12 (Guid)");
                }
                else if (parameter.LogicalEntityName != null && !schema.TryGetTable(parameter.LogicalEntityName, out _))
                {
                    problems.Add($"'{parameter.UniqueName}' names table '{parameter.LogicalEntityName}', which is not declared");
                }
            }

            foreach (var duplicate in api.RequestParameters.GroupBy(p => p.UniqueName).Where(g => g.Count() > 1)
                         .Concat(api.ResponseProperties.GroupBy(p => p.UniqueName).Where(g => g.Count() > 1)))
            {
                problems.Add($"'{duplicate.Key}' is declared twice");
            }

            if (api.BindingType != CustomApiDeclaration.Global && api.Request(CustomApiDeclaration.TargetParameter) != null)
            {
                problems.Add("a bound API gets its Target parameter from Dataverse; do not declare one");
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Custom API '{api.UniqueName}' cannot be registered: {string.Join("; ", problems)}.");
            }
        }
    }
}
