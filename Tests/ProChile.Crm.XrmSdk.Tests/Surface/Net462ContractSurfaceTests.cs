using System.IO;
using System.Linq;
using System.Reflection;
using ProChile.Crm.XrmSdk.Tests.Shipped;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// The same surface check on the net462 builds of the contracts: the ones the shipped assemblies are compiled
    /// against. Read through a MetadataLoadContext over the .NET Framework 4.6.2 reference assemblies, so type lines
    /// carry .NET Framework's own interfaces (_Exception, _Attribute) exactly as the official listings do.
    /// </summary>
    [TestClass]
    public sealed class Net462ContractSurfaceTests
    {
        [TestMethod]
        public void MicrosoftXrmSdk_Net462Build_DeclaresOnlyWhatTheOfficialSdkDeclares()
        {
            AssertSubsetOfOfficial("Tools/XrmSdk/Microsoft.Xrm.Sdk", "microsoft.xrm.sdk-9.2.47.txt");
        }

        [TestMethod]
        public void MicrosoftXrmSdkWorkflow_Net462Build_DeclaresOnlyWhatTheOfficialSdkDeclares()
        {
            AssertSubsetOfOfficial("Tools/XrmSdk/Microsoft.Xrm.Sdk.Workflow", "microsoft.xrm.sdk.workflow-9.0.37.txt");
        }

        private static void AssertSubsetOfOfficial(string projectFolder, string listingFile)
        {
            var official = ApiListing.Load(listingFile);
            var documentedProtected = ApiListing.Load(ApiListing.DocumentedProtectedMembersFile);
            using var context = Net462Contracts.CreateContext();
            var contract = context.LoadFromAssemblyPath(Net462Contracts.RequirePath(projectFolder));

            var surface = ContractSurface.Of(contract);
            var mismatches = SurfaceComparer.FindUnofficial(surface, official, documentedProtected);

            Assert.IsTrue(surface.Count > 0, $"{contract.GetName().Name} (net462) exposes no public surface.");
            Assert.AreEqual(0, mismatches.Count, SurfaceComparer.Report(mismatches, contract.GetName().Name + " (net462)", official));
        }
    }

    /// <summary>The net462 contract builds and the framework reference assemblies to read them against.</summary>
    internal static class Net462Contracts
    {
        public static MetadataLoadContext CreateContext()
        {
            var framework = ReferenceAssembliesFolder();
            var paths = Directory.GetFiles(framework, "*.dll")
                .Concat(Directory.GetFiles(Path.Combine(framework, "Facades"), "*.dll"))
                .Concat(new[] { RequirePath("Tools/XrmSdk/Microsoft.Xrm.Sdk"), RequirePath("Tools/XrmSdk/Microsoft.Xrm.Sdk.Workflow") });
            return new MetadataLoadContext(new PathAssemblyResolver(paths), "mscorlib");
        }

        /// <summary>The net462 contract DLL of this build; the shipped projects' net462 builds produce it.</summary>
        public static string RequirePath(string projectFolder)
        {
            var name = Path.GetFileName(projectFolder);
            var path = Path.Combine(ShippedAssemblies.RepositoryRoot(), projectFolder, "bin", ShippedAssemblies.Configuration, ShippedAssemblies.TargetFramework, name + ".dll");
            if (!File.Exists(path))
            {
                Assert.Fail($"{path} is missing: build it with `dotnet build {projectFolder} -c {ShippedAssemblies.Configuration} -f {ShippedAssemblies.TargetFramework}`.");
            }
            return path;
        }

        private static string ReferenceAssembliesFolder()
        {
            var folder = typeof(Net462Contracts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Net462ReferenceAssemblies").Value!;
            if (!File.Exists(Path.Combine(folder, "mscorlib.dll")))
            {
                Assert.Fail($"The .NET Framework 4.6.2 reference assemblies are not at {folder}: restore a net462 project "
                    + "(`dotnet restore ProChile.Crm.sln`), which brings the Microsoft.NETFramework.ReferenceAssemblies.net462 package.");
            }
            return folder;
        }
    }
}
