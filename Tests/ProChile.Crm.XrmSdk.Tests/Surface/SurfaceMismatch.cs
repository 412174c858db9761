using System.Collections.Generic;
using System.Text;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>A contract line the official assembly lacks, with the official lines of the same name if any.</summary>
    public sealed class SurfaceMismatch
    {
        public SurfaceMismatch(ApiLine line, IReadOnlyList<string> officialLinesOfSameName)
        {
            Line = line;
            OfficialLinesOfSameName = officialLinesOfSameName;
        }

        public ApiLine Line { get; }

        public IReadOnlyList<string> OfficialLinesOfSameName { get; }

        public bool IsDeclaredDifferently => OfficialLinesOfSameName.Count > 0;

        public string Describe()
        {
            var text = new StringBuilder("  ").Append(Line.Text).Append(Line.IsProtected ? "   (protected)" : string.Empty);
            if (!IsDeclaredDifferently)
            {
                return text.Append("\n      missing: the official assembly has nothing of that name").ToString();
            }
            text.Append("\n      declared differently; official:");
            foreach (var official in OfficialLinesOfSameName)
            {
                text.Append("\n        ").Append(official);
            }
            return text.ToString();
        }
    }
}
