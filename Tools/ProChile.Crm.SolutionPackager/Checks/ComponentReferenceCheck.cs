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
                            $"the choice column {name} uses the global choice \"{optionSet}\", which the solution does not contain (import error 0x80048039).",
                            $"add OptionSets/{optionSet}.xml, or point the column at an existing choice.");
                    }

                    if (type == "lookup" && !lookupsWithRelationship.Contains((table, name)))
                    {
                        yield return Problem(ComponentLocator.Enclosing(column),
                            $"the lookup column {name} has no relationship in EntityRelationships, so it points nowhere.",
                            "give the lookup a Relationship (its schema name) and Target table.");
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
                    yield return Problem(ComponentLocator.Enclosing(relationship), $"names the table \"{table}\", which neither the solution nor Dataverse's system tables have.", "correct the table name.");
                }

                if (context.HasTable(referencing) && !context.HasColumn(referencing, column))
                {
                    yield return new SolutionProblem(ProblemCodes.MissingColumn, SolutionPackage.CustomizationsPart, ComponentLocator.Enclosing(relationship),
                        $"its lookup column \"{column}\" does not exist on table {referencing}.", $"add the lookup column {column} to {referencing}.");
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
                        yield return Problem(ComponentLocator.Enclosing(dashboard), $"a grid shows view {{{view}}}, which table {table} does not have.", $"name one of {table}'s views (its Id in Views/).");
                    }

                    if (chart != null && !chartSet.Contains((table, chart)))
                    {
                        yield return Problem(ComponentLocator.Enclosing(dashboard), $"a part shows chart {{{chart}}}, which table {table} does not have.", $"name one of {table}'s charts (its Id in Charts/).");
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
                    yield return Problem(ComponentLocator.Enclosing(privilege), $"grants {name} on table \"{table}\", which the solution does not contain.", "correct the table name in the role's <Privileges Table=...>.");
                    continue;
                }

                // An organization-owned table has no owner to compare with: only Global, and no Assign or Share.
                var level = (string?)privilege.Attribute("level");
                if (organizationOwned.Contains(table) && (level != "Global" || action is "Assign" or "Share"))
                {
                    yield return Problem(ComponentLocator.Enclosing(privilege),
                        $"grants {name} at level {level}, but {table} is organization-owned: it takes only Create, Read, Write, Delete, Append and AppendTo, at Global.",
                        $"grant {table}'s privileges at Global, or not at all.");
                }
            }
        }

        private static SolutionProblem Problem(ComponentRef? component, string message, string fix) =>
            new(ProblemCodes.Reference, SolutionPackage.CustomizationsPart, component, message, fix);
    }
}
