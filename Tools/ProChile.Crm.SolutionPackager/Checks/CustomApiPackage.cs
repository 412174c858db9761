using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.SolutionPackager.Checks
{
    /// <summary>One Custom API as a zip carries it: its folder, customapi.xml, and the parameter and property files beside it.</summary>
    public sealed record CustomApiPart(string Folder, string Part, XDocument Api, IReadOnlyList<(string Part, XDocument Xml)> Requests, IReadOnlyList<(string Part, XDocument Xml)> Responses)
    {
        public string UniqueName => (string?)Api.Root?.Attribute("uniquename") ?? string.Empty;
    }

    /// <summary>Reads the customapis/ folder of a zip; parts that fit no Custom API's layout are returned apart.</summary>
    public static class CustomApiPackage
    {
        public static IReadOnlyList<CustomApiPart> Read(SolutionPackage package, out IReadOnlyList<string> strayParts)
        {
            var prefix = CustomApiXml.Folder + "/";
            var inFolder = package.Parts.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var apis = new List<CustomApiPart>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var apiPart in inFolder.Where(p => p.Split('/').Length == 3 && p.EndsWith("/" + CustomApiXml.ApiFile, StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal))
            {
                var folder = apiPart.Split('/')[1];
                var root = prefix + folder + "/";
                var requests = Beside(package, inFolder, root + CustomApiXml.RequestFolder + "/", CustomApiXml.RequestFile, used);
                var responses = Beside(package, inFolder, root + CustomApiXml.ResponseFolder + "/", CustomApiXml.ResponseFile, used);
                used.Add(apiPart);
                apis.Add(new CustomApiPart(folder, apiPart, package.Xml(apiPart), requests, responses));
            }

            strayParts = inFolder.Where(p => !used.Contains(p)).ToList();
            return apis;
        }

        private static IReadOnlyList<(string Part, XDocument Xml)> Beside(SolutionPackage package, IEnumerable<string> parts, string folder, string file, ISet<string> used)
        {
            var found = parts.Where(p => p.StartsWith(folder, StringComparison.Ordinal) && p.Substring(folder.Length).Split('/').Length == 2 && p.EndsWith("/" + file, StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (p, package.Xml(p)))
                .ToList();
            foreach (var (part, _) in found)
            {
                used.Add(part);
            }
            return found;
        }
    }
}
