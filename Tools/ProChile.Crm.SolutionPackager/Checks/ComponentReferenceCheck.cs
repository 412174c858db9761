using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// References between components resolve: a choice column names a global choice that exists (import
    /// error 0x80048039), a custom lookup has its relationship, a relationship's tables and column exist,
    /// a dashboard's grids and charts name existing views and charts, a role's privileges name existing tables.
    /// </summary>
    public sealed class ComponentReferenceCheck : ISolutionCheck
    {
        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var globalChoices = new HashSet<string>(context.Top("optionsets").Select(o => ((string?)o.Attribute("Name") ?? string.Empty).ToLowerInvariant()), StringComparer.Ordinal);
            var relationships = context.Top("EntityRelationships").ToList();
            var lookupsWithRelationship = new HashSet<(string, string)>(relationships.Select(r => (
                ((string?)r.Element("ReferencingEntityName") ?? string.Empty).ToLowerInvariant(),
                ((string?)r.Element("ReferencingAttributeName") ?? string.Empty).ToLowerInvariant())));

            foreach (var entity in context.Entities)
            {
                var table = CheckContext.TableName(entity);
                foreach (var column in entity.Descendants("attribute").Where(a => (string?)a.Element("IsCustomField") == "1"))
                {
                    var name = ((string?)column.Element("LogicalName") ?? string.Empty).ToLowerInvariant();
                    var type = (string?)column.Element("Type");
                    var optionSet = (string?)column.Element("OptionSetName");
                    if (type == "picklist" && optionSet != null && optionSet.StartsWith(context.Prefix + "_", StringComparison.OrdinalIgnoreCase) && !globalChoices.Contains(optionSet.ToLowerInvariant()))
                    {
                        yield return Problem(ComponentLocator.Enclosing(column),
                            $"la columna de opción {name} usa la opción global «{optionSet}», que la solución no contiene (error de importación 0x80048039).",
                            $"agregue OptionSets/{optionSet}.xml, o apunte la columna a una opción global existente.");
                    }

                    if (type == "lookup" && !lookupsWithRelationship.Contains((table, name)))
                    {
                        yield return Problem(ComponentLocator.Enclosing(column),
                            $"la columna de búsqueda {name} no tiene relación en EntityRelationships, así que no apunta a ninguna parte.",
                            "dé a la búsqueda un Relationship (su nombre de esquema) y una tabla Target.");
                    }
                }
            }

            foreach (var relationship in relationships)
            {
                var referencing = ((string?)relationship.Element("ReferencingEntityName") ?? string.Empty).ToLowerInvariant();
                var referenced = ((string?)relationship.Element("ReferencedEntityName") ?? string.Empty).ToLowerInvariant();
                var column = (string?)relationship.Element("ReferencingAttributeName") ?? string.Empty;
                foreach (var table in new[] { referencing, referenced }.Where(t => !context.HasTable(t)))
                {
                    yield return Problem(ComponentLocator.Enclosing(relationship), $"nombra la tabla «{table}», que no existe ni en la solución ni entre las tablas de sistema de Dataverse.", "corrija el nombre de la tabla.");
                }

                if (context.HasTable(referencing) && !context.HasColumn(referencing, column))
                {
                    yield return new SolutionProblem(ProblemCodes.MissingColumn, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(relationship),
                        $"su columna de búsqueda «{column}» no existe en la tabla «{referencing}».", $"agregue la columna de búsqueda {column} a {referencing}.");
                }
            }

            foreach (var problem in Dashboards(context).Concat(Roles(context)))
            {
                yield return problem;
            }
        }

        private static IEnumerable<SolutionProblem> Dashboards(CheckContext context)
        {
            var views = context.Entities.SelectMany(e => e.Descendants("savedquery").Select(q => (CheckContext.TableName(e), CheckContext.Id(q.Element("savedqueryid")))));
            var charts = context.Entities.SelectMany(e => e.Descendants("visualization").Select(v => (CheckContext.TableName(e), CheckContext.Id(v.Element("savedqueryvisualizationid")))));
            var viewSet = new HashSet<(string, string?)>(views);
            var chartSet = new HashSet<(string, string?)>(charts);
            var solutionTables = new HashSet<string>(context.Entities.Select(CheckContext.TableName), StringComparer.Ordinal);
            foreach (var dashboard in context.Top("Dashboards"))
            {
                foreach (var parameters in dashboard.Descendants("parameters").Where(p => p.Element("TargetEntityType") != null))
                {
                    var table = ((string?)parameters.Element("TargetEntityType") ?? string.Empty).ToLowerInvariant();
                    var view = CheckContext.Id(parameters.Element("ViewId"));
                    var chart = CheckContext.Id(parameters.Element("VisualizationId"));
                    if (!solutionTables.Contains(table))
                    {
                        continue; // a system view or chart outside this solution: Dataverse resolves it on import
                    }

                    if (view != null && !viewSet.Contains((table, view)))
                    {
                        yield return Problem(ComponentLocator.Enclosing(dashboard), $"una cuadrícula muestra la vista «{{{view}}}», que la tabla «{table}» no tiene.", $"nombre una vista de {table} (su Id en Views/).");
                    }

                    if (chart != null && !chartSet.Contains((table, chart)))
                    {
                        yield return Problem(ComponentLocator.Enclosing(dashboard), $"una parte muestra el gráfico «{{{chart}}}», que la tabla «{table}» no tiene.", $"nombre un gráfico de {table} (su Id en Charts/).");
                    }
                }
            }
        }

        private static readonly string[] Actions = { "AppendTo", "Append", "Assign", "Create", "Delete", "Read", "Share", "Write" };

        private static IEnumerable<SolutionProblem> Roles(CheckContext context)
        {
            var organizationOwned = new HashSet<string>(context.Entities
                .Where(e => (string?)e.Element("EntityInfo")?.Element("entity")?.Element("OwnershipTypeMask") == "OrgOwned")
                .Select(CheckContext.TableName), StringComparer.Ordinal);
            foreach (var privilege in context.Top("Roles").SelectMany(r => r.Descendants("RolePrivilege")))
            {
                var name = (string?)privilege.Attribute("name") ?? string.Empty;
                var action = Actions.FirstOrDefault(a => name.StartsWith("prv" + a, StringComparison.Ordinal));
                if (action == null)
                {
                    continue; // a miscellaneous privilege (prvExportToExcel...): Dataverse knows it
                }

                var table = name.Substring(3 + action.Length).ToLowerInvariant();
                if (table.StartsWith(context.Prefix + "_", StringComparison.Ordinal) && !context.HasTable(table))
                {
                    yield return Problem(ComponentLocator.Enclosing(privilege), $"concede {name} sobre la tabla «{table}», que la solución no contiene.", "corrija el nombre de la tabla en el <Privileges Table=...> del rol.");
                    continue;
                }

                // An organization-owned table has no owner to compare with: only Global, and no Assign or Share.
                var level = (string?)privilege.Attribute("level");
                if (organizationOwned.Contains(table) && (level != "Global" || action is "Assign" or "Share"))
                {
                    yield return Problem(ComponentLocator.Enclosing(privilege),
                        $"concede {name} con nivel «{level}», pero {table} pertenece a la organización: acepta solo Create, Read, Write, Delete, Append y AppendTo, con nivel Global.",
                        $"conceda los privilegios de {table} con nivel Global, o no los conceda.");
                }
            }
        }

        private static SolutionProblem Problem(ComponentRef? component, string message, string fix) =>
            new(ProblemCodes.Reference, SolutionPackage.CustomizationsPart, component, message, fix);
    }
}
