using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.SolutionPackager.Documentation
{
    /// <summary>
    /// The admin guide's role matrix, written from Solution/src/Roles so it cannot drift: one row per table, one
    /// column per role, each cell the role's privileges on the table with their depth. It sits in Solution/README.md
    /// between <see cref="Begin"/> and <see cref="End"/>; a test compares the two.
    /// </summary>
    public static class RoleMatrix
    {
        public const string Begin = "<!-- roles-matrix:begin (generated from Solution/src/Roles; do not edit by hand) -->";

        public const string End = "<!-- roles-matrix:end -->";

        private static readonly string[] PrivilegeOrder = { "Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" };

        /// <summary>The Markdown table, without the markers, lines ending in \n.</summary>
        public static string Markdown(SolutionSource source)
        {
            var roles = source.Roles;
            var names = new SchemaNames(source);
            var text = new StringBuilder();
            text.Append("| table | privilege names | ").Append(string.Join(" | ", roles.Select(r => r.Name))).Append(" |\n");
            text.Append("| --- | --- |").Append(string.Concat(roles.Select(_ => " --- |"))).Append('\n');
            foreach (var table in Tables(source))
            {
                // The names the packed roles and Dataverse's refusals use: prv + privilege + the table's schema name.
                text.Append("| ").Append(table).Append(" | `prvRead").Append(names.Of(table)).Append("`, `prvWrite").Append(names.Of(table)).Append("`, … | ")
                    .Append(string.Join(" | ", roles.Select(role => Cell(role, table))))
                    .Append(" |\n");
            }

            return text.ToString();
        }

        /// <summary>Replaces what lies between the markers of <paramref name="readme"/> with <paramref name="matrix"/>.</summary>
        public static string ReplaceIn(string readme, string matrix)
        {
            var (start, end) = Bounds(readme);
            return readme.Substring(0, start) + "\n" + matrix + readme.Substring(end);
        }

        /// <summary>What lies between the markers (without them), lines ending in \n.</summary>
        public static string CurrentIn(string readme)
        {
            var (start, end) = Bounds(readme);
            return readme.Substring(start, end - start).Replace("\r\n", "\n").TrimStart('\n');
        }

        private static (int Start, int End) Bounds(string readme)
        {
            var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
            var end = readme.IndexOf(End, StringComparison.Ordinal);
            if (begin < 0 || end < begin)
            {
                throw new InvalidOperationException($"The README has no role matrix markers; put «{Begin}» and «{End}» on their own lines where the matrix goes.");
            }

            return (begin + Begin.Length, end);
        }

        // Tables in the order Solution/src holds them, then any table a role names that the solution does not declare.
        private static IEnumerable<string> Tables(SolutionSource source) =>
            source.Tables.Select(t => t.Name)
                .Concat(source.Roles.SelectMany(r => r.Privileges.Select(p => p.Table)))
                .Distinct(StringComparer.Ordinal)
                .Where(table => source.Roles.Any(r => r.Privileges.Any(p => p.Table == table && p.Levels.Count > 0)));

        private static string Cell(RoleSource role, string table)
        {
            var levels = role.Privileges.Where(p => p.Table == table).SelectMany(p => p.Levels)
                .OrderBy(l => Array.IndexOf(PrivilegeOrder, l.Key)).ToList();
            return levels.Count == 0 ? "—" : string.Join(", ", levels.Select(l => l.Key + " " + l.Value));
        }
    }
}
