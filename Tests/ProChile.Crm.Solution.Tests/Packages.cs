using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests
{
    /// <summary>Breaks a good package in one place, the way a hand edit or a stale build would.</summary>
    internal static class Packages
    {
        public static SolutionPackage WithPart(this SolutionPackage package, string part, Func<string, string> edit)
        {
            var parts = package.Parts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var before = Encoding.UTF8.GetString(parts[part]);
            var after = edit(before);
            if (after == before)
            {
                throw new InvalidOperationException($"the edit of {part} changed nothing: the test's search text is stale.");
            }

            parts[part] = Encoding.UTF8.GetBytes(after);
            return new SolutionPackage(parts);
        }

        public static SolutionPackage WithCustomizations(this SolutionPackage package, Func<string, string> edit) =>
            package.WithPart(SolutionPackage.CustomizationsPart, edit);

        public static string ReplaceFirst(this string text, string search, string replacement)
        {
            var at = text.IndexOf(search, StringComparison.Ordinal);
            return at < 0 ? text : text.Substring(0, at) + replacement + text.Substring(at + search.Length);
        }

        public static IReadOnlyList<SolutionProblem> Check(this SolutionPackage package) => new SolutionChecker().Check(package);

        public static string Describe(this IEnumerable<SolutionProblem> problems) => string.Join(Environment.NewLine, problems);
    }
}
