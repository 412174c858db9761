using System.Linq;
using System.Text;
using ProChile.Crm.Solution.Tests.Checks;
using ProChile.Crm.SolutionPackager.Generation;

namespace ProChile.Crm.Solution.Tests.Generation
{
    /// <summary>Custom APIs are packed as Dataverse packs them: customapis/&lt;uniquename&gt;/customapi.xml and its parameter folders.</summary>
    [TestClass]
    public sealed class CustomApiXmlTests
    {
        private static string Part(string name) => Encoding.UTF8.GetString(GoodPackage.Value.Parts[name]);

        [TestMethod]
        public void TheFixtureApiIsPackedInItsFolderWithOneFilePerParameterAndProperty()
        {
            CollectionAssert.AreEqual(
                new[]
                {
                    "customapis/pch_FixtureReprogramar/customapi.xml",
                    "customapis/pch_FixtureReprogramar/customapirequestparameters/Dias/customapirequestparameter.xml",
                    "customapis/pch_FixtureReprogramar/customapiresponseproperties/Resultado/customapiresponseproperty.xml",
                },
                GoodPackage.Value.Parts.Keys.Where(k => k.StartsWith("customapis/", System.StringComparison.Ordinal)).OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
        }

        [TestMethod]
        public void CustomapiXml_HasTheDocumentedElementsInOrder_BilingualLabels_AndThePluginTypeById()
        {
            var expectedTypeId = ComponentIds.PluginType("ProChile.Crm.Solution.Tests.Fixtures.FixtureCustomApiPlugin").ToString("D");

            Assert.AreEqual(
                "<customapi uniquename=\"pch_FixtureReprogramar\">\r\n" +
                "  <allowedcustomprocessingsteptype>1</allowedcustomprocessingsteptype>\r\n" +
                "  <bindingtype>1</bindingtype>\r\n" +
                "  <boundentitylogicalname>pch_request</boundentitylogicalname>\r\n" +
                "  <description default=\"Fixture: mueve el plazo.\">\r\n" +
                "    <label description=\"Fixture: mueve el plazo.\" languagecode=\"3082\" />\r\n" +
                "    <label description=\"Fixture: moves the deadline.\" languagecode=\"1033\" />\r\n" +
                "  </description>\r\n" +
                "  <displayname default=\"Reprogramar solicitud\">\r\n" +
                "    <label description=\"Reprogramar solicitud\" languagecode=\"3082\" />\r\n" +
                "    <label description=\"Reschedule request\" languagecode=\"1033\" />\r\n" +
                "  </displayname>\r\n" +
                "  <executeprivilegename>prvWritepch_Setting</executeprivilegename>\r\n" +
                "  <iscustomizable>0</iscustomizable>\r\n" +
                "  <isfunction>0</isfunction>\r\n" +
                "  <isprivate>0</isprivate>\r\n" +
                "  <name>pch_FixtureReprogramar</name>\r\n" +
                "  <plugintypeid>\r\n" +
                $"    <plugintypeid>{expectedTypeId}</plugintypeid>\r\n" +
                "  </plugintypeid>\r\n" +
                "  <workflowsdkstepenabled>0</workflowsdkstepenabled>\r\n" +
                "</customapi>",
                Part("customapis/pch_FixtureReprogramar/customapi.xml"));
        }

        [TestMethod]
        public void ARequestParameterHasIsoptional_AResponsePropertyDoesNot()
        {
            var request = Part("customapis/pch_FixtureReprogramar/customapirequestparameters/Dias/customapirequestparameter.xml");
            var response = Part("customapis/pch_FixtureReprogramar/customapiresponseproperties/Resultado/customapiresponseproperty.xml");

            StringAssert.Contains(request, "<isoptional>1</isoptional>\r\n  <logicalentityname />\r\n  <name>pch_FixtureReprogramar.Dias</name>\r\n  <type>7</type>");
            Assert.IsFalse(response.Contains("isoptional"), response);
            StringAssert.Contains(response, "<name>pch_FixtureReprogramar.Resultado</name>\r\n  <type>10</type>");
        }

        [TestMethod]
        public void NoRootComponentIsWrittenForACustomApi_ItsTypeCodeDiffersPerEnvironment()
        {
            var solution = Encoding.UTF8.GetString(GoodPackage.Value.Parts["solution.xml"]);

            Assert.IsFalse(solution.Contains("pch_FixtureReprogramar"), solution);
        }
    }
}
