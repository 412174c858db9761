using System.IO;
using System.Linq;
using ProChile.Crm.Cli.Inspection;

namespace ProChile.Crm.XrmSdk.Tests.Shipped
{
    /// <summary>
    /// The assemblies we ship bind, inside Dataverse, to nothing but the .NET Framework and Microsoft.Xrm.Sdk(.Workflow)
    /// 9.0.0.0 with token 31bf3856ad364e35, and travel alone (the SDK is Dataverse's, never copied beside them).
    /// </summary>
    [TestClass]
    public sealed class ShippedAssemblyReferencesTests
    {
        private const string Plugins = "Plugins/ProChile.Crm.Plugins";
        private const string WorkflowActivities = "WorkflowActivities/ProChile.Crm.WorkflowActivities";

        [TestMethod]
        public void ShippedPlugins_ReferenceOnlyTheNetFrameworkAndTheXrmSdk()
        {
            AssertOnlyAllowedReferences(Plugins);
        }

        [TestMethod]
        public void ShippedWorkflowActivities_ReferenceOnlyTheNetFrameworkAndTheXrmSdk()
        {
            AssertOnlyAllowedReferences(WorkflowActivities);
        }

        [TestMethod]
        public void ShippedPlugins_OutputHoldsNoOtherAssembly()
        {
            AssertAloneInOutput(Plugins);
        }

        [TestMethod]
        public void ShippedWorkflowActivities_OutputHoldsNoOtherAssembly()
        {
            AssertAloneInOutput(WorkflowActivities);
        }

        private static void AssertOnlyAllowedReferences(string projectFolder)
        {
            var path = ShippedAssemblies.RequirePath(projectFolder);
            Assert.IsTrue(AssemblyReferenceReader.TryRead(path, out var references, out var problem), problem);
            Assert.IsTrue(references.Any(r => r.Name == "mscorlib"), $"{path} does not reference mscorlib: it is not a .NET Framework build.");

            var refused = references.Where(r => !ShippedReferencePolicy.IsAllowed(r)).Select(r => r.ToString()).ToList();

            Assert.AreEqual(0, refused.Count,
                $"{Path.GetFileName(path)} references assemblies Dataverse does not provide (only the .NET Framework 4.0.0.0 and "
                + $"Microsoft.Xrm.Sdk(.Workflow) 9.0.0.0 with token {ShippedReferencePolicy.MicrosoftToken} are):\n  " + string.Join("\n  ", refused));
        }

        private static void AssertAloneInOutput(string projectFolder)
        {
            var path = ShippedAssemblies.RequirePath(projectFolder);

            var others = Directory.GetFiles(Path.GetDirectoryName(path)!, "*.dll").Select(Path.GetFileName).Where(name => name != Path.GetFileName(path)).ToList();

            Assert.AreEqual(0, others.Count, $"{ShippedAssemblies.OutputFolder(projectFolder)} holds other assemblies beside ours: {string.Join(", ", others)}");
        }
    }
}
