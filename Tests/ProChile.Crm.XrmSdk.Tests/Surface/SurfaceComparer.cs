using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// Finds the lines of a contract surface that the official listing does not have: each would be a
    /// MissingMethodException (or TypeLoadException) in Dataverse for a plugin that uses it.
    /// Members must match their official line exactly. A type must match kind and base type exactly, and
    /// implement only official interfaces (leaving out the ones its framework base type brings; see <see cref="ApiLine"/>).
    /// The listings carry public members only, so a protected member is held to the documented protected
    /// members (ApiListings/protected-members.txt) instead.
    /// </summary>
    public static class SurfaceComparer
    {
        public static IReadOnlyList<SurfaceMismatch> FindUnofficial(IEnumerable<ApiLine> contract, ApiListing official, ApiListing documentedProtected)
        {
            return contract
                .Where(line => !IsOfficial(line, line.IsProtected ? documentedProtected : official))
                .OrderBy(line => line.Text, StringComparer.Ordinal)
                .Select(line => new SurfaceMismatch(line, official.LinesNamed(line.Name).Concat(documentedProtected.LinesNamed(line.Name)).ToList()))
                .ToList();
        }

        /// <summary>The failure text: one entry per offending line, with the official declarations when the name exists.</summary>
        public static string Report(IReadOnlyList<SurfaceMismatch> mismatches, string assemblyName, ApiListing official)
        {
            return $"{mismatches.Count} public member(s) of our {assemblyName} contract are not in the official {official.FileName}"
                + " (each would fail in Dataverse with MissingMethodException; make it internal or declare it as the official line says):\n"
                + string.Join("\n", mismatches.Select(m => m.Describe()));
        }

        private static bool IsOfficial(ApiLine line, ApiListing official)
        {
            if (!line.IsType)
            {
                return official.Contains(line.Text);
            }
            return official.LinesNamed(line.Name).Any(candidate => candidate.StartsWith("T:", StringComparison.Ordinal) && TypeLineMatches(line, candidate));
        }

        private static bool TypeLineMatches(ApiLine ours, string officialLine)
        {
            var (ourHead, ourInterfaces) = Split(ours.Text);
            var (officialHead, officialInterfaces) = Split(officialLine);
            return ourHead == officialHead
                && ourInterfaces.Except(ours.PlatformInterfaces, StringComparer.Ordinal).All(officialInterfaces.Contains);
        }

        // "T:Name kind : Base [I1, I2]" -> ("T:Name kind : Base", {I1, I2}). Interface names hold no ", " of their own
        // (closed generics are written Name{A,B} without spaces), so splitting on ", " is exact.
        private static (string Head, HashSet<string> Interfaces) Split(string typeLine)
        {
            var open = typeLine.IndexOf(" [", StringComparison.Ordinal);
            if (open < 0)
            {
                return (typeLine, new HashSet<string>(StringComparer.Ordinal));
            }
            var list = typeLine.Substring(open + 2, typeLine.Length - open - 3);
            return (typeLine.Substring(0, open), new HashSet<string>(list.Split(new[] { ", " }, StringSplitOptions.None), StringComparer.Ordinal));
        }
    }
}
