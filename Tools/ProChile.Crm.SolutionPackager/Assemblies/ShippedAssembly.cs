using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Registration;

namespace ProChile.Crm.SolutionPackager.Assemblies
{
    /// <summary>
    /// A plugin or workflow-activity assembly as the solution ships it: its identity, its bytes, its plugin
    /// types (non-abstract classes implementing Microsoft.Xrm.Sdk.IPlugin), its workflow activities
    /// (non-abstract subclasses of System.Activities.CodeActivity), the steps its plugins declare and the
    /// designer registration its activities declare (empty when the assembly was read to classify types only), and
    /// the Custom APIs its plugins declare.
    /// </summary>
    public sealed record ShippedAssembly(
        string Name,
        string FullName,
        byte[] Bytes,
        IReadOnlyList<string> PluginTypes,
        IReadOnlyList<string> ActivityTypes,
        IReadOnlyList<StepDeclaration> Steps,
        IReadOnlyList<ActivityDeclaration> Activities)
    {
        /// <summary>The Custom APIs its plugin types declare with [CustomApi] (empty when read to classify types only).</summary>
        public IReadOnlyList<CustomApiDeclaration> CustomApis { get; init; } = System.Array.Empty<CustomApiDeclaration>();

        /// <summary>The zip folder Dataverse uses: the name without non-alphanumerics, at most 50 characters.</summary>
        public string FolderStem
        {
            get
            {
                var stem = new string(Name.Where(char.IsLetterOrDigit).ToArray());
                return stem.Length > 50 ? stem.Substring(0, 50) : stem;
            }
        }

        public string AssemblyQualifiedName(string typeFullName) => typeFullName + ", " + FullName;
    }
}
