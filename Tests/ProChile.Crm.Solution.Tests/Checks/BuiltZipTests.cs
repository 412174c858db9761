using System.IO;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>The zips `dotnet build` wrote pass every check and hold the shipped assemblies.</summary>
    [TestClass]
    public sealed class BuiltZipTests
    {
        [TestMethod]
        [DataRow(true)]
        [DataRow(false)]
        public void BuiltZip_PassesEveryCheck(bool managed)
        {
            var package = SolutionPackage.FromZip(File.ReadAllBytes(Repository.BuiltZip(managed)), "built");

            var problems = package.Check();

            Assert.AreEqual(0, problems.Count, problems.Describe());
        }

        [TestMethod]
        public void BuiltManagedZip_CarriesTheNet462BuildsOfBothShippedAssemblies()
        {
            var package = SolutionPackage.FromZip(File.ReadAllBytes(Repository.BuiltZip(managed: true)), "built");

            var plugins = System.Linq.Enumerable.Single(package.Parts, p => p.Key.EndsWith("/ProChileCrmPlugins.dll", System.StringComparison.Ordinal));
            var activities = System.Linq.Enumerable.Single(package.Parts, p => p.Key.EndsWith("/ProChileCrmWorkflowActivities.dll", System.StringComparison.Ordinal));
            CollectionAssert.AreEqual(File.ReadAllBytes(Repository.PluginsDll), plugins.Value);
            CollectionAssert.AreEqual(File.ReadAllBytes(Repository.ActivitiesDll), activities.Value);
        }
    }
}
