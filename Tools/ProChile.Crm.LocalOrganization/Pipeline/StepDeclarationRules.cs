using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.Registration;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// The checks Dataverse (and the Plugin Registration Tool) applies when a step is registered, so a declaration
    /// that could not be registered there fails here at registration, naming what to fix: asynchronous only in
    /// PostOperation; pre-images only for Update and Delete, post-images only for Create and Update in
    /// PostOperation; filtering and image columns must exist on the table; the type must be a public IPlugin
    /// Dataverse can construct.
    /// </summary>
    internal static class StepDeclarationRules
    {
        public static void Check(StepDeclaration step, Type pluginType, OrganizationSchema schema)
        {
            var problems = new List<string>();
            if (!typeof(IPlugin).IsAssignableFrom(pluginType) || pluginType.IsAbstract || !pluginType.IsPublic && !pluginType.IsNestedPublic)
            {
                problems.Add($"{pluginType.FullName} must be a public, non-abstract class implementing IPlugin");
            }
            else if (pluginType.GetConstructor(new[] { typeof(string), typeof(string) }) == null
                     && pluginType.GetConstructor(new[] { typeof(string) }) == null
                     && pluginType.GetConstructor(Type.EmptyTypes) == null)
            {
                problems.Add($"{pluginType.FullName} needs a public constructor: (), (string unsecureConfig) or (string unsecureConfig, string secureConfig)");
            }

            if (step.Stage is not (PipelineStages.PreValidation or PipelineStages.PreOperation or PipelineStages.PostOperation))
            {
                problems.Add($"stage {step.Stage} is not a stage custom steps register in (10, 20, 40)");
            }

            if (step.Mode == PipelineStages.Asynchronous && step.Stage != PipelineStages.PostOperation)
            {
                problems.Add("asynchronous steps can only be registered in PostOperation (40)");
            }

            CheckImages(step, problems);
            CheckColumns(step, schema, problems);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Step '{step.Name}' cannot be registered: {string.Join("; ", problems)}.");
            }
        }

        private static void CheckImages(StepDeclaration step, List<string> problems)
        {
            var message = step.Message;
            if (step.PreImage != null && message is not ("Update" or "Delete"))
            {
                problems.Add($"a pre-image is available only for Update and Delete, not {message}");
            }

            if (step.PostImage != null && (message is not ("Create" or "Update") || step.Stage != PipelineStages.PostOperation))
            {
                problems.Add($"a post-image is available only for Create and Update in PostOperation, not {message} in stage {step.Stage}");
            }
        }

        private static void CheckColumns(StepDeclaration step, OrganizationSchema schema, List<string> problems)
        {
            if (string.IsNullOrEmpty(step.PrimaryEntity) || step.PrimaryEntity == "none")
            {
                if (step.FilteringAttributes.Count > 0 || step.Images.Any())
                {
                    problems.Add("filtering attributes and images need a primary table");
                }

                return;
            }

            if (!schema.TryGetTable(step.PrimaryEntity, out var table))
            {
                problems.Add($"table '{step.PrimaryEntity}' is not declared in the organization's schema (declare it before registering)");
                return;
            }

            var columns = step.FilteringAttributes.Concat(step.Images.SelectMany(i => i.Attributes));
            foreach (var column in columns.Distinct().Where(c => table.FindColumn(c) == null))
            {
                problems.Add($"'{step.PrimaryEntity}' has no column '{column}'");
            }
        }
    }
}
