using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Packaging
{
    /// <summary>The zip as Dataverse takes it, byte for byte the same each time.</summary>
    [TestClass]
    public sealed class SolutionPackageTests
    {
        [TestMethod]
        public void SameSourceAndAssemblies_PackedTwice_GiveTheSameZipBytes()
        {
            var first = Repository.PackWithFixtures().ToZip();
            var second = Repository.PackWithFixtures().ToZip();

            CollectionAssert.AreEqual(first, second);
        }

        [TestMethod]
        public void Zip_HasTheThreeRootPartsFirstAndTheAssemblyUnderPluginAssemblies()
        {
            var package = Repository.PackWithFixtures();
            var reread = SolutionPackage.FromZip(package.ToZip(), "test");

            var assemblyPart = reread.Parts.Keys.Single(k => k.EndsWith(".dll", StringComparison.Ordinal));
            StringAssert.StartsWith(assemblyPart, "PluginAssemblies/ProChileCrmSolutionTests-");
            StringAssert.EndsWith(assemblyPart, "/ProChileCrmSolutionTests.dll");
            var contentTypes = reread.Parts[SolutionPackage.ContentTypesPart];
            CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, contentTypes.Take(3).ToArray());
            StringAssert.Contains(Encoding.UTF8.GetString(contentTypes), "<Default Extension=\"dll\" ContentType=\"application/octet-stream\" />");
            Assert.AreEqual((byte)'<', reread.Parts[SolutionPackage.CustomizationsPart][0], "customizations.xml starts with its root: no BOM, no declaration");
        }
    }
}
