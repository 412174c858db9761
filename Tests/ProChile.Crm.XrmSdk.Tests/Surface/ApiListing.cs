using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>An official public API listing (ApiListings/*.txt), indexed by line and by declared name.</summary>
    public sealed class ApiListing
    {
        private readonly HashSet<string> _lines;
        private readonly ILookup<string, string> _byName;

        /// <summary>The protected members our contracts declare, as documented by Microsoft (the listings hold public members only).</summary>
        public const string DocumentedProtectedMembersFile = "protected-members.txt";

        public ApiListing(string fileName, IEnumerable<string> lines)
        {
            FileName = fileName;
            _lines = new HashSet<string>(lines.Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal)), StringComparer.Ordinal);
            _byName = _lines.ToLookup(ApiLine.NameOf, StringComparer.Ordinal);
        }

        public string FileName { get; }

        public int Count => _lines.Count;

        public static ApiListing Load(string fileName)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "ApiListings", fileName);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The official listing {fileName} is not beside the tests (expected at {path}); it is copied from ApiListings/ at build.", path);
            }
            return new ApiListing(fileName, File.ReadAllLines(path));
        }

        /// <summary>Every official member line of the type named <paramref name="typeName"/>, sorted.</summary>
        public IReadOnlyList<string> LinesNamedUnder(string typeName)
        {
            var prefix = typeName + ".";
            return _lines.Where(line => line.Length > 2 && line[0] != 'T' && line.Substring(2).StartsWith(prefix, StringComparison.Ordinal)
                    && ApiLine.NameOf(line).LastIndexOf('.') == prefix.Length - 1)
                .OrderBy(line => line, StringComparer.Ordinal)
                .ToList();
        }

        public bool Contains(string line) => _lines.Contains(line);

        /// <summary>Every official line declaring <paramref name="name"/> (all overloads, any kind), sorted.</summary>
        public IReadOnlyList<string> LinesNamed(string name) => _byName[name].OrderBy(line => line, StringComparer.Ordinal).ToList();
    }
}
