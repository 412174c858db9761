using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Every custom table carries what exports carry for it: the system columns (createdonbehalfby,
    /// overriddencreatedon, importsequencenumber, the time-zone columns...) and the relationships Dataverse gives
    /// it (business_unit_x, owner_x, team_x, user_x, lk_x_createdby...). A hand-written solution without them is
    /// reported to fail import ("CreateAsyncOperationRelationship").
    /// </summary>
    public sealed class SystemColumnCheck : ISolutionCheck
    {
        private const string Fix = "declare the table in Solution/src/Tables/<table>/Table.xml as a new table (the packer writes its system columns and relationships, Tools/ProChile.Crm.SolutionPackager/Dataverse/NewTableColumns.cs and SystemRelationships.cs).";

        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            var relationships = new HashSet<string>(context.Top("EntityRelationships").Select(r => ((string?)r.Attribute("Name") ?? string.Empty).ToLowerInvariant()), StringComparer.Ordinal);
            foreach (var entity in context.Entities)
            {
                var table = CheckContext.TableName(entity);
                if (SystemTables.IsSystemTable(table))
                {
                    continue; // Dataverse's own table: the solution adds to it and exports carry only what it adds
                }

                var ownership = OwnershipOf(entity);
                foreach (var column in NewTableColumns.For(table, ownership, Label.Empty).Select(c => c.Column.Name).Where(c => !context.HasColumn(table, c)))
                {
                    yield return new SolutionProblem(ProblemCodes.SystemColumns, SolutionPackage.CustomizationsPart, CheckContext.EntityRef(table),
                        $"lacks the system column {column}, which every exported custom table carries.", Fix);
                }

                foreach (var relationship in SystemRelationships.For(table, ownership).Where(r => !relationships.Contains(r.Name)))
                {
                    yield return new SolutionProblem(ProblemCodes.SystemColumns, SolutionPackage.CustomizationsPart, CheckContext.EntityRef(table),
                        $"lacks the system relationship {relationship.Name} ({relationship.ReferencedTable} -> {table}.{relationship.ReferencingColumn}), which every exported custom table carries.", Fix);
                }
            }
        }

        /// <summary>A relationship Dataverse names itself for a custom table: no publisher prefix is expected on it.</summary>
        public static bool IsSystemRelationship(XElement relationship)
        {
            var name = ((string?)relationship.Attribute("Name") ?? string.Empty).ToLowerInvariant();
            var referencing = ((string?)relationship.Element("ReferencingEntityName") ?? string.Empty).ToLowerInvariant();
            return new[] { TableOwnership.User, TableOwnership.Organization }
                .SelectMany(o => SystemRelationships.For(referencing, o))
                .Any(r => r.Name == name);
        }

        private static TableOwnership OwnershipOf(XElement entity) =>
            (string?)entity.Element("EntityInfo")?.Element("entity")?.Element("OwnershipTypeMask") == "OrgOwned" ? TableOwnership.Organization : TableOwnership.User;
    }
}
