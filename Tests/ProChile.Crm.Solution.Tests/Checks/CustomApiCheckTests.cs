using System.Linq;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>Each test breaks the fixture Custom API in one place; the check names the file and the fix.</summary>
    [TestClass]
    public sealed class CustomApiCheckTests
    {
        private const string Api = "customapis/pch_FixtureReprogramar/customapi.xml";
        private const string Request = "customapis/pch_FixtureReprogramar/customapirequestparameters/Dias/customapirequestparameter.xml";
        private const string Response = "customapis/pch_FixtureReprogramar/customapiresponseproperties/Resultado/customapiresponseproperty.xml";

        private static SolutionPackage Good => GoodPackage.Value;

        private static SolutionProblem Single(SolutionPackage broken)
        {
            var problems = broken.Check();
            Assert.AreEqual(1, problems.Count, problems.Describe());
            Assert.AreEqual(ProblemCodes.CustomApi, problems[0].Code);
            return problems[0];
        }

        [TestMethod]
        public void TheGoodPackagesCustomApiPasses()
        {
            Assert.AreEqual(0, Good.Check().Count(p => p.Code == ProblemCodes.CustomApi), Good.Check().Describe());
        }

        [TestMethod]
        public void APluginTypeIdNoAssemblyCarries_Fails()
        {
            var problem = Single(Good.WithPart(Api, x => System.Text.RegularExpressions.Regex.Replace(x, "<plugintypeid>[0-9a-f-]{36}</plugintypeid>", "<plugintypeid>00000000-0000-0000-0000-000000000001</plugintypeid>")));

            Assert.AreEqual(Api, problem.Part);
            StringAssert.StartsWith(problem.Message, "its plugin type \"00000000-0000-0000-0000-000000000001\" is no PluginType of the solution's assemblies");
        }

        [TestMethod]
        public void APluginTypeThatIsAWorkflowActivity_OrNoIPlugin_Fails()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("Name=\"ProChile.Crm.Solution.Tests.Fixtures.FixtureCustomApiPlugin\"", "Name=\"ProChile.Crm.Solution.Tests.Fixtures.NotAPlugin\""));

            var problems = broken.Check().Where(p => p.Code == ProblemCodes.CustomApi).ToList();

            Assert.AreEqual(1, problems.Count, broken.Check().Describe());
            StringAssert.Contains(problems[0].Message, "its plugin type ProChile.Crm.Solution.Tests.Fixtures.NotAPlugin is not a non-abstract IPlugin class");
        }

        [TestMethod]
        public void AUniqueNameWithoutThePrefix_Fails()
        {
            var parts = Good.Parts.ToDictionary(p => p.Key.Replace("pch_FixtureReprogramar/", "FixtureReprogramar/"), p => p.Value);
            var renamed = new SolutionPackage(parts).WithPart("customapis/FixtureReprogramar/customapi.xml", x => x.Replace("uniquename=\"pch_FixtureReprogramar\"", "uniquename=\"FixtureReprogramar\""));

            var problem = Single(renamed);

            StringAssert.StartsWith(problem.Message, "its uniquename \"FixtureReprogramar\" lacks the publisher's prefix \"pch_\"");
        }

        [TestMethod]
        public void ABoundTableThatDoesNotExist_Fails()
        {
            var problem = Single(Good.WithPart(Api, x => x.Replace("<boundentitylogicalname>pch_request</boundentitylogicalname>", "<boundentitylogicalname>pch_solicitud</boundentitylogicalname>")));

            Assert.AreEqual("it is bound to \"pch_solicitud\", which is neither in the solution nor a known system table.", problem.Message);
        }

        [TestMethod]
        public void AParameterTypeOutsideDataversesList_Fails()
        {
            var problem = Single(Good.WithPart(Request, x => x.Replace("<type>7</type>", "<type>13</type>")));

            Assert.AreEqual(Request, problem.Part);
            Assert.AreEqual("\"Dias\" has type 13, which is not one of 0 (Boolean) to 12 (Guid).", problem.Message);
        }

        [TestMethod]
        public void ADescriptionLongerThanTheColumn_Fails_AndOneThatFitsPasses()
        {
            var fits = new string('a', 300);
            var tooLong = new string('a', 301);

            Assert.AreEqual(0, Good.WithPart(Api, x => x.Replace("description=\"Fixture: mueve el plazo.\"", $"description=\"{fits}\"")).Check().Count);
            var problem = Single(Good.WithPart(Api, x => x.Replace("description=\"Fixture: mueve el plazo.\"", $"description=\"{tooLong}\"")));

            Assert.AreEqual(Api, problem.Part);
            Assert.AreEqual("the description of \"pch_FixtureReprogramar\" in language 3082 has 301 characters; the column holds 300.", problem.Message);
        }

        [TestMethod]
        public void AParameterDisplayNameLongerThanTheColumn_Fails()
        {
            var problem = Single(Good.WithPart(Request, x => x.Replace("description=\"Days\"", $"description=\"{new string('d', 101)}\"")));

            Assert.AreEqual(Request, problem.Part);
            Assert.AreEqual("the displayname of \"Dias\" in language 1033 has 101 characters; the column holds 100.", problem.Message);
        }

        [TestMethod]
        public void IsoptionalOnAResponseProperty_Fails()
        {
            var problem = Single(Good.WithPart(Response, x => x.Replace("<iscustomizable>0</iscustomizable>", "<iscustomizable>0</iscustomizable>\r\n  <isoptional>0</isoptional>")));

            Assert.AreEqual("the response property \"Resultado\" has isoptional, which fails the import.", problem.Message);
        }

        [TestMethod]
        public void AnExecutePrivilegeOfNoTable_Fails()
        {
            var problem = Single(Good.WithPart(Api, x => x.Replace("prvWritepch_Setting", "prvBarrerPlazos")));

            StringAssert.StartsWith(problem.Message, "its executeprivilegename \"prvBarrerPlazos\" names no privilege of an existing table.");
        }

        [TestMethod]
        public void AStrayFileUnderCustomapis_Fails()
        {
            var parts = Good.Parts.ToDictionary(p => p.Key, p => p.Value);
            parts["customapis/pch_FixtureReprogramar/notes.xml"] = System.Text.Encoding.UTF8.GetBytes("<notes />");

            var problem = Single(new SolutionPackage(parts));

            Assert.AreEqual("customapis/pch_FixtureReprogramar/notes.xml", problem.Part);
        }
    }
}
