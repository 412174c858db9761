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
    /// <summary>Steps and plugin types generated from the [PluginStep] declarations and the assembly.</summary>
    [TestClass]
    public sealed class PluginXmlTests
    {
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
        public void Activities_AreWrittenAsDeclared_DescriptionFriendlyNameAndGroupInSchemaOrder_PluginsWithoutAGroup()
        {
            var customizations = Repository.PackWithFixtures().Xml(SolutionPackage.CustomizationsPart);

            var types = customizations.Root!.Element("SolutionPluginAssemblies")!.Descendants("PluginType").ToList();
            var activities = types.Where(t => t.Element("WorkflowActivityGroupName") != null).ToList();
            Assert.AreEqual(2, activities.Count);
            var activity = activities.Single(t => (string?)t.Attribute("Name") == "ProChile.Crm.Solution.Tests.Fixtures.FixtureActivity");
            CollectionAssert.AreEqual(
                new[] { "Description", "FriendlyName", "WorkflowActivityGroupName" },
                activity.Elements().Select(e => e.Name.LocalName).ToArray());
            Assert.AreEqual("D1: fixture activity", (string?)activity.Element("Description"));
            Assert.AreEqual("Actividad de prueba", (string?)activity.Element("FriendlyName"));
            Assert.AreEqual("ProChile Fixtures", (string?)activity.Element("WorkflowActivityGroupName"));
            var grouped = activities.Single(t => (string?)t.Attribute("Name") == "ProChile.Crm.Solution.Tests.Fixtures.FixtureGroupedActivity");
            Assert.AreEqual("ProChile Otros", (string?)grouped.Element("WorkflowActivityGroupName"));
            Assert.AreEqual(4, types.Count(t => t.Element("WorkflowActivityGroupName") == null));
        }
    }
}
