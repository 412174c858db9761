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
        public void BuiltManagedZip_CarriesEachCustomApiInItsFolder_WithItsPluginTypeInTheAssembly()
        {
            var package = SolutionPackage.FromZip(File.ReadAllBytes(Repository.BuiltZip(managed: true)), "built");

            var apis = ProChile.Crm.SolutionPackager.Checks.CustomApiPackage.Read(package, out var stray);

            CollectionAssert.AreEqual(
                new[] { "pch_BarrerPlazos", "pch_CalcularPlazo", "pch_ContarDiasHabiles", "pch_EsDiaHabil", "pch_RecalcularCategoria", "pch_SumarDiasHabiles" },
                System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(apis, a => a.UniqueName)));
            Assert.AreEqual(0, stray.Count);
            var customizations = System.Text.Encoding.UTF8.GetString(package.Parts[SolutionPackage.CustomizationsPart]);
            var calcular = System.Linq.Enumerable.Single(apis, a => a.UniqueName == "pch_CalcularPlazo");
            var typeId = (string?)calcular.Api.Root!.Element("plugintypeid")!.Element("plugintypeid");
            StringAssert.Contains(customizations, $"PublicKeyToken=fc17d6efd59daf16\" PluginTypeId=\"{typeId}\" Name=\"ProChile.Crm.Plugins.CustomApis.CalcularPlazoPlugin\"");
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
