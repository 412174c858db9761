using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests
{
    /// <summary>Packing Solution/src: versions, managed and unmanaged, and problems that name the source file.</summary>
    [TestClass]
    public sealed class SolutionPackerTests
    {
        [TestMethod]
        public void ManagedAndUnmanaged_DifferOnlyInTheManagedFlag()
        {
            var source = Repository.Source();
            var assemblies = new[] { Repository.FixtureAssembly() };
            var managed = SolutionPacker.Build(source, assemblies, "1.2.3.4", managed: true);
            var unmanaged = SolutionPacker.Build(source, assemblies, "1.2.3.4", managed: false);

            CollectionAssert.AreEqual(managed.Parts[SolutionPackage.CustomizationsPart], unmanaged.Parts[SolutionPackage.CustomizationsPart]);
            Assert.AreEqual("1", (string?)managed.Xml(SolutionPackage.SolutionPart).Root!.Element("SolutionManifest")!.Element("Managed"));
            Assert.AreEqual("0", (string?)unmanaged.Xml(SolutionPackage.SolutionPart).Root!.Element("SolutionManifest")!.Element("Managed"));
            Assert.AreEqual("1.2.3.4", (string?)managed.Xml(SolutionPackage.SolutionPart).Root!.Element("SolutionManifest")!.Element("Version"));
        }

        [TestMethod]
        public void Version_ThreePartsFromVersionPrefix_BecomesFourParts()
        {
            Assert.AreEqual("1.0.0.0", SolutionPacker.NormalizeVersion("1.0.0"));
            Assert.AreEqual("2.1.0.7", SolutionPacker.NormalizeVersion("2.1.0.7"));
            var error = Assert.ThrowsExactly<ArgumentException>(() => SolutionPacker.NormalizeVersion("1.0.0-beta"));
            StringAssert.Contains(error.Message, "la versión «1.0.0-beta» no es válida");
        }

        [TestMethod]
        public void BrokenFormInTheSource_PackLeavesNoZipAndNamesTheFormFile()
        {
            var source = CopyOfSource();
            var output = Path.Combine(source, "..", "out");
            try
            {
                var form = Path.Combine(source, "Tables", "pch_request", "Forms", "Solicitud.xml");
                File.WriteAllText(form, File.ReadAllText(form).Replace("<Field Name=\"pch_term\" />", "<Field Name=\"pch_plazo\" />", StringComparison.Ordinal));
                var packer = new SolutionPacker(new SolutionChecker());
                Directory.CreateDirectory(output);
                var stale = Path.Combine(output, "ProChileAtencionUsuarios_1_0_0_0_managed.zip");
                File.WriteAllText(stale, "from an earlier build");

                var result = packer.Pack(new PackRequest(source, new[] { typeof(Repository).Assembly.Location }, "1.0.0", output));

                var problem = result.Problems.Single();
                Assert.AreEqual(form, problem.File);
                Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
                StringAssert.Contains(problem.ToString(), "Solicitud.xml: error PCH006:");
                Assert.AreEqual(0, Directory.GetFiles(output).Length, "no zip is written when a check fails, and an earlier one is removed");
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(source)!, recursive: true);
            }
        }

        [TestMethod]
        public void BrokenChoiceInTheSource_PackNamesTheChoiceFile()
        {
            var source = CopyOfSource();
            try
            {
                var choice = Path.Combine(source, "OptionSets", "pch_urgency.xml");
                File.WriteAllText(choice, File.ReadAllText(choice).Replace("Value=\"168700002\"", "Value=\"2\"", StringComparison.Ordinal));

                var result = new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source, Array.Empty<string>(), "1.0.0", Path.Combine(source, "..", "out")));

                var problem = result.Problems.Single();
                Assert.AreEqual(choice, problem.File);
                Assert.AreEqual(ProblemCodes.OptionValue, problem.Code);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(source)!, recursive: true);
            }
        }

        private static string CopyOfSource()
        {
            var root = Path.Combine(Path.GetTempPath(), "pch-solution-" + Guid.NewGuid().ToString("N"), "src");
            foreach (var file in Directory.GetFiles(Repository.SourceDirectory, "*.xml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(Repository.SourceDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return root;
        }
    }
}
