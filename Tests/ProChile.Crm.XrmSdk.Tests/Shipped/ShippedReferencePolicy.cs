using System;
using System.Collections.Generic;
using ProChile.Crm.Cli.Inspection;

namespace ProChile.Crm.XrmSdk.Tests.Shipped
{
    /// <summary>
    /// What a shipped (net462) assembly may reference inside Dataverse's sandbox: the .NET Framework 4.x itself,
    /// and the SDK Dataverse provides, Microsoft.Xrm.Sdk(.Workflow) 9.0.0.0 signed by Microsoft. Anything else
    /// (a NuGet library, netstandard facades, a contract with another identity) would fail to load there.
    /// </summary>
    internal static class ShippedReferencePolicy
    {
        public const string MicrosoftToken = "31bf3856ad364e35";

        private static readonly Version FrameworkVersion = new Version(4, 0, 0, 0);
        private static readonly Version SdkVersion = new Version(9, 0, 0, 0);

        // The keys the .NET Framework's own assemblies are signed with (ECMA, Microsoft, Microsoft shared).
        private static readonly HashSet<string> FrameworkTokens = new HashSet<string>(StringComparer.Ordinal) { "b77a5c561934e089", "b03f5f7f11d50a3a", MicrosoftToken };

        private static readonly HashSet<string> SdkNames = new HashSet<string>(StringComparer.Ordinal) { "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Workflow" };

        public static bool IsAllowed(AssemblyReference reference)
        {
            if (SdkNames.Contains(reference.Name))
            {
                return reference.Version == SdkVersion && reference.PublicKeyToken == MicrosoftToken && reference.Culture == "neutral";
            }
            return IsFrameworkName(reference.Name) && reference.Version == FrameworkVersion && FrameworkTokens.Contains(reference.PublicKeyToken);
        }

        private static bool IsFrameworkName(string name)
        {
            return name == "mscorlib" || name == "System" || name == "Microsoft.CSharp"
                || name.StartsWith("System.", StringComparison.Ordinal);
        }
    }
}
