using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// One line of a public surface. For a type line, <see cref="PlatformInterfaces"/> are the interfaces its
    /// framework base type brings (System.Enum, System.Exception, Collection&lt;T&gt;...): they differ between
    /// .NET Framework and modern .NET and are the runtime's, not ours, so the comparison leaves them out.
    /// </summary>
    public sealed class ApiLine
    {
        private static readonly Regex MethodArity = new Regex("``[0-9]+$", RegexOptions.CultureInvariant);

        public ApiLine(string text, bool isProtected = false, IReadOnlyCollection<string>? platformInterfaces = null)
        {
            Text = text;
            IsProtected = isProtected;
            PlatformInterfaces = platformInterfaces ?? Array.Empty<string>();
        }

        public string Text { get; }

        /// <summary>Visible to derived classes only. The official listings carry public members only (see protected-members.txt).</summary>
        public bool IsProtected { get; }

        public IReadOnlyCollection<string> PlatformInterfaces { get; }

        public bool IsType => Text.StartsWith("T:", StringComparison.Ordinal);

        /// <summary>
        /// What the line declares, without its signature: "Microsoft.Xrm.Sdk.Entity.GetAttributeValue" for every
        /// overload and arity of that method, so a member declared with another signature finds its official lines.
        /// </summary>
        public string Name => NameOf(Text);

        public static string NameOf(string line)
        {
            var body = line.Length > 2 && line[1] == ':' ? line.Substring(2) : line;
            var end = body.IndexOfAny(new[] { '(', ' ' });
            var name = end < 0 ? body : body.Substring(0, end);
            return MethodArity.Replace(name, string.Empty);
        }

        public override string ToString() => Text;
    }
}
