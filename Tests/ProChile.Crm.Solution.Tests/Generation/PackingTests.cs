using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Generation
{
    [TestClass]
    public sealed class PackingTests
    {
        [TestMethod]
        public void SameSourceAndAssemblies_PackedTwice_GiveTheSameZipBytes()
        {
            var first = Repository.PackWithFixtures().ToZip();
            var second = Repository.PackWithFixtures().ToZip();

            CollectionAssert.AreEqual(first, second);
        }

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

        [TestMethod]
        public void StepDeclaration_GeneratesTheStepWithMessageTableStageModeFilteringAndImage()
        {
            var customizations = Repository.PackWithFixtures().Xml(SolutionPackage.CustomizationsPart);

            var step = customizations.Root!.Element("SdkMessageProcessingSteps")!.Elements()
                .Single(s => ((string)s.Element("PluginTypeName")!).StartsWith("ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin,", StringComparison.Ordinal));
            Assert.AreEqual("ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin: PreOperation Sync Update of account", (string?)step.Attribute("Name"));
            Assert.AreEqual("{20bebb1b-ea3e-db11-86a7-000a3a5473e8}", (string?)step.Element("SdkMessageId"));
            Assert.AreEqual("account", (string?)step.Element("PrimaryEntity"));
            Assert.AreEqual("20", (string?)step.Element("Stage"));
            Assert.AreEqual("0", (string?)step.Element("Mode"));
            Assert.AreEqual("pch_followupoptout,pch_category", (string?)step.Element("FilteringAttributes"));
            Assert.AreEqual("C5: fixture step", (string?)step.Element("Description"));
            var image = step.Descendants("SdkMessageProcessingStepImage").Single();
            Assert.AreEqual("PreImage", (string?)image.Attribute("Name"));
            Assert.AreEqual("0", (string?)image.Element("ImageType"));
            Assert.AreEqual("pch_category,pch_followupoptoutlocked", (string?)image.Element("Attributes"));
            Assert.AreEqual("Target", (string?)image.Element("MessagePropertyName"));
        }

        [TestMethod]
        public void Activities_AreListedInTheProChileGroup_PluginsWithoutAGroup()
        {
            var customizations = Repository.PackWithFixtures().Xml(SolutionPackage.CustomizationsPart);

            var types = customizations.Root!.Element("SolutionPluginAssemblies")!.Descendants("PluginType").ToList();
            var activity = types.Single(t => t.Element("WorkflowActivityGroupName") != null);
            Assert.AreEqual("ProChile.Crm.Solution.Tests.Fixtures.FixtureActivity", (string?)activity.Attribute("Name"));
            Assert.AreEqual("ProChile", (string?)activity.Element("WorkflowActivityGroupName"));
            Assert.AreEqual(3, types.Count(t => t.Element("WorkflowActivityGroupName") == null));
        }

        [TestMethod]
        public void DeterministicGuid_IsStableAcrossBuilds()
        {
            // Changing this id would make an upgrade delete and re-create the component: never change the namespace.
            Assert.AreEqual(new Guid("e697fc8c-cfc3-5e63-95d9-71df5fe84037"), ComponentIds.View("pch_request", "solicitudes-en-riesgo"));
            Assert.AreEqual(0x50, ComponentIds.Role("x").ToByteArray(bigEndian: true)[6] & 0xF0, "version 5");
        }

        [TestMethod]
        public void Version_ThreePartsFromVersionPrefix_BecomesFourParts()
        {
            Assert.AreEqual("1.0.0.0", SolutionPacker.NormalizeVersion("1.0.0"));
            Assert.AreEqual("2.1.0.7", SolutionPacker.NormalizeVersion("2.1.0.7"));
            var error = Assert.ThrowsExactly<ArgumentException>(() => SolutionPacker.NormalizeVersion("1.0.0-beta"));
            StringAssert.Contains(error.Message, "version \"1.0.0-beta\" is not accepted");
        }

        [TestMethod]
        public void BrokenFormInTheSource_PackWritesNoZipAndNamesTheFormFile()
        {
            var source = CopyOfSource();
            var output = Path.Combine(source, "..", "out");
            try
            {
                var form = Path.Combine(source, "Tables", "pch_request", "Forms", "Solicitud.xml");
                File.WriteAllText(form, File.ReadAllText(form).Replace("<Field Name=\"pch_term\" />", "<Field Name=\"pch_plazo\" />", StringComparison.Ordinal));
                var packer = new SolutionPacker(new SolutionChecker());

                var result = packer.Pack(new PackRequest(source, new[] { typeof(Repository).Assembly.Location }, "1.0.0", output));

                var problem = result.Problems.Single();
                Assert.AreEqual(form, problem.File);
                Assert.AreEqual(ProblemCodes.MissingColumn, problem.Code);
                StringAssert.Contains(problem.ToString(), "Solicitud.xml: error PCH006:");
                Assert.IsFalse(Directory.Exists(output), "no zip is written when a check fails");
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
