using System;

namespace ProChile.Crm.Cli.Inspection
{
    /// <summary>One row of an assembly's AssemblyRef table: the identity it binds to at run time.</summary>
    internal sealed class AssemblyReference
    {
        public AssemblyReference(string name, Version version, string culture, string publicKeyToken)
        {
            Name = name;
            Version = version;
            Culture = culture;
            PublicKeyToken = publicKeyToken;
        }

        public string Name { get; }

        public Version Version { get; }

        /// <summary>"neutral" when the reference names no culture.</summary>
        public string Culture { get; }

        /// <summary>Lower-case hex, or "null" for an assembly without a strong name.</summary>
        public string PublicKeyToken { get; }

        /// <summary>The display name the runtime binds by: "Name, Version=…, Culture=…, PublicKeyToken=…".</summary>
        public override string ToString() => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken}";
    }
}
