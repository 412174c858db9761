using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Every component customizations.xml carries is listed in solution.xml's RootComponents (import error
    /// 0x8004803A otherwise): tables, global choices, relationships, roles, dashboards, assemblies, steps, and
    /// the forms, views and charts of tables carried only as a shell.
    /// </summary>
    public sealed class RootComponentCheck : ISolutionCheck
    {
        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var roots = context.Solution.Root?.Element("SolutionManifest")?.Element("RootComponents")?.Elements("RootComponent").ToList() ?? new List<XElement>();
            var byName = new HashSet<(int, string)>(roots.Select(r => ((int?)r.Attribute("type") ?? 0, ((string?)r.Attribute("schemaName") ?? string.Empty).ToLowerInvariant())));
            var byId = new HashSet<(int, string)>(roots.Select(r => ((int?)r.Attribute("type") ?? 0, CheckContext.Id(r.Attribute("id")) ?? string.Empty)));
            var fullTables = new HashSet<string>(roots
                .Where(r => (int?)r.Attribute("type") == ComponentType.Entity && (int?)r.Attribute("behavior") == ComponentType.IncludeSubcomponents)
                .Select(r => ((string?)r.Attribute("schemaName") ?? string.Empty).ToLowerInvariant()), StringComparer.Ordinal);

            foreach (var entity in context.Entities)
            {
                var table = CheckContext.TableName(entity);
                if (!byName.Contains((ComponentType.Entity, table)))
                {
                    yield return Missing(CheckContext.EntityRef(table), $"<RootComponent type=\"1\" schemaName=\"{table}\" behavior=\"0\" /> (or behavior=\"2\" for a system table)");
                    continue; // once the table is listed, its parts are judged by its behavior
                }

                if (fullTables.Contains(table))
                {
                    continue; // behavior 0 brings the table's forms, views and charts along
                }

                foreach (var (kind, type, ids) in new[]
                {
                    ("form", ComponentType.SystemForm, entity.Descendants("systemform").Select(f => f.Element("formid"))),
                    ("view", ComponentType.SavedQuery, entity.Descendants("savedquery").Select(q => q.Element("savedqueryid"))),
                    ("chart", ComponentType.SavedQueryVisualization, entity.Descendants("visualization").Select(v => v.Element("savedqueryvisualizationid"))),
                })
                {
                    foreach (var idElement in ids)
                    {
                        var id = CheckContext.Id(idElement);
                        if (id != null && !byId.Contains((type, id)))
                        {
                            yield return Missing(ComponentLocator.Enclosing(idElement!)!, $"<RootComponent type=\"{type}\" id=\"{{{id}}}\" behavior=\"0\" /> ({kind} of the shell table {table})");
                        }
                    }
                }
            }

            foreach (var optionSet in context.Top("optionsets"))
            {
                var name = ((string?)optionSet.Attribute("Name") ?? string.Empty).ToLowerInvariant();
                if (!byName.Contains((ComponentType.OptionSet, name)))
                {
                    yield return Missing(ComponentLocator.Enclosing(optionSet)!, $"<RootComponent type=\"9\" schemaName=\"{name}\" behavior=\"0\" />");
                }
            }

            foreach (var relationship in context.Top("EntityRelationships"))
            {
                var name = ((string?)relationship.Attribute("Name") ?? string.Empty).ToLowerInvariant();
                var referencing = ((string?)relationship.Element("ReferencingEntityName") ?? string.Empty).ToLowerInvariant();
                var unlisted = context.HasTable(referencing) && context.Entities.Any(e => CheckContext.TableName(e) == referencing) && !byName.Contains((ComponentType.Entity, referencing));
                if (!byName.Contains((ComponentType.EntityRelationship, name)) && !fullTables.Contains(referencing) && !unlisted)
                {
                    // (a relationship of a table missing from RootComponents goes with the table, already named above)
                    yield return Missing(ComponentLocator.Enclosing(relationship)!, $"<RootComponent type=\"10\" schemaName=\"{name}\" behavior=\"0\" />");
                }
            }

            foreach (var (element, type, id) in context.Top("Roles").Select(r => (r, ComponentType.Role, CheckContext.Id(r.Attribute("id"))))
                .Concat(context.Top("Dashboards").Select(d => (d, ComponentType.SystemForm, CheckContext.Id(d.Element("FormId")))))
                .Concat(context.Top("SdkMessageProcessingSteps").Select(s => (s, ComponentType.SdkMessageProcessingStep, CheckContext.Id(s.Attribute("SdkMessageProcessingStepId"))))))
            {
                if (id != null && !byId.Contains((type, id)))
                {
                    yield return Missing(ComponentLocator.Enclosing(element)!, $"<RootComponent type=\"{type}\" id=\"{{{id}}}\" behavior=\"0\" />");
                }
            }

            foreach (var (element, type, name) in context.Top("AppModules").Select(a => (a, ComponentType.AppModule, (string?)a.Element("UniqueName")))
                .Concat(context.Top("AppModuleSiteMaps").Select(s => (s, ComponentType.SiteMap, (string?)s.Element("SiteMapUniqueName")))))
            {
                if (name != null && !byName.Contains((type, name.ToLowerInvariant())))
                {
                    yield return Missing(ComponentLocator.Enclosing(element)!, $"<RootComponent type=\"{type}\" schemaName=\"{name}\" behavior=\"0\" />");
                }
            }

            foreach (var assembly in context.Top("SolutionPluginAssemblies"))
            {
                var fullName = (string?)assembly.Attribute("FullName") ?? string.Empty;
                var id = CheckContext.Id(assembly.Attribute("PluginAssemblyId"));
                if (!byName.Contains((ComponentType.PluginAssembly, fullName.ToLowerInvariant())) && !(id != null && byId.Contains((ComponentType.PluginAssembly, id))))
                {
                    yield return Missing(ComponentLocator.Enclosing(assembly)!, $"<RootComponent type=\"91\" schemaName=\"{fullName}\" behavior=\"0\" />");
                }
            }
        }

        private static SolutionProblem Missing(ComponentRef component, string rootComponent) =>
            new(ProblemCodes.RootComponent, SolutionPackage.SolutionPart, component,
                "is in customizations.xml but not in solution.xml's RootComponents, so import fails (0x8004803A).",
                $"add {rootComponent} to RootComponents.");
    }
}
