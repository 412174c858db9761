using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Dataverse;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>
    /// Every name the solution creates starts with the publisher's prefix and an underscore (import error
    /// 0x80048062 otherwise): new tables, custom columns, global choices, relationships and keys.
    /// </summary>
    public sealed class PrefixCheck : ISolutionCheck
    {
        private static readonly Regex ValidPrefix = new("^[a-z][a-z0-9]{1,7}$", RegexOptions.CultureInvariant);

        public IEnumerable<SolutionProblem> Run(CheckContext context)
        {
            if (!ValidPrefix.IsMatch(context.Prefix) || context.Prefix.StartsWith("mscrm", System.StringComparison.Ordinal))
            {
                yield return new SolutionProblem(ProblemCodes.Prefix, SolutionPackage.SolutionPart, null,
                    $"the publisher's CustomizationPrefix \"{context.Prefix}\" is not accepted.",
                    "use 2 to 8 lower-case letters or digits starting with a letter, not \"mscrm\" (ours: pch).");
                yield break;
            }

            var prefix = context.Prefix + "_";
            foreach (var entity in context.Entities)
            {
                var table = CheckContext.TableName(entity);
                if (!SystemTables.IsSystemTable(table) && !table.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    yield return Unprefixed(CheckContext.EntityRef(table), "table", table, prefix);
                }

                var columns = entity.Element("EntityInfo")?.Element("entity")?.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>();
                foreach (var column in columns.Where(c => (string?)c.Element("IsCustomField") == "1"))
                {
                    var name = (string?)column.Element("LogicalName") ?? (string?)column.Attribute("PhysicalName") ?? string.Empty;
                    if (!name.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                    {
                        yield return Unprefixed(ComponentLocator.Enclosing(column)!, "column", name, prefix);
                    }
                }

                foreach (var key in entity.Descendants("EntityKey"))
                {
                    var name = (string?)key.Element("LogicalName") ?? (string?)key.Element("Name") ?? string.Empty;
                    if (!name.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                    {
                        yield return Unprefixed(CheckContext.EntityRef(table), "key", name, prefix);
                    }
                }
            }

            foreach (var (kind, element) in context.Top("optionsets").Select(o => ("choice", o))
                .Concat(context.Top("EntityRelationships").Select(r => ("relationship", r))))
            {
                var name = (string?)element.Attribute("Name") ?? string.Empty;
                if (kind == "relationship" && SystemColumnCheck.IsSystemRelationship(element))
                {
                    continue; // Dataverse names these itself (business_unit_x, lk_x_createdby...)
                }

                if (!name.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                {
                    yield return Unprefixed(ComponentLocator.Enclosing(element)!, kind, name, prefix);
                }
            }
        }

        private static SolutionProblem Unprefixed(ComponentRef component, string kind, string name, string prefix) =>
            new(ProblemCodes.Prefix, SolutionPackage.CustomizationsPart, component,
                $"the {kind} name \"{name}\" lacks the publisher prefix \"{prefix}\", so import fails (0x80048062).",
                $"rename it to \"{prefix}{name}\" (and every reference to it).");
    }
}
