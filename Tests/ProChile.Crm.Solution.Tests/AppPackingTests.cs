using System;
using System.Linq;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Checks;

namespace ProChile.Crm.Solution.Tests
{
    /// <summary>What the build does when App.xml leaves a table or a role out: no zip, and a line naming App.xml and the fix.</summary>
    [TestClass]
    public sealed class AppPackingTests
    {
        [TestMethod]
        public void TableRemovedFromTheSiteMap_PackFailsNamingAppXmlAndTheEntryToAdd()
        {
            using var source = new SourceCopy();
            var app = source.Edit("App/App.xml", "<Table Name=\"pch_holiday\" es=\"Feriados puntuales\" en=\"One-off holidays\" />", string.Empty);

            var result = new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source.Directory, Array.Empty<string>(), "1.0.0", source.Output));

            var problem = result.Problems.Single();
            Assert.IsNull(result.ManagedZip);
            Assert.AreEqual(app, problem.File);
            Assert.AreEqual($"{app}: error PCH010: [app pch_ProChileAtencionUsuarios] has no site map entry for table pch_holiday, so executives cannot reach it. Fix: add <Table Name=\"pch_holiday\" es=\"...\" en=\"...\" /> to a <Group> of Solution/src/App/App.xml.", problem.ToString());
        }

        [TestMethod]
        public void RoleRemovedFromTheRoleMap_PackFailsNamingAppXmlAndTheRole()
        {
            using var source = new SourceCopy();
            var app = source.Edit("App/App.xml", "<Role Id=\"administrador-cartera\" />", string.Empty);

            var result = new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source.Directory, Array.Empty<string>(), "1.0.0", source.Output));

            var problem = result.Problems.Single();
            Assert.AreEqual(app, problem.File);
            Assert.AreEqual(ProblemCodes.App, problem.Code);
            StringAssert.StartsWith(problem.Message, "does not map the role 'ProChile Administrador(a) de Cartera'");
            StringAssert.Contains(problem.Fix, "<RoleMap> of Solution/src/App/App.xml");
        }

        [TestMethod]
        public void FormWithoutDisplayConditions_PackFailsNamingTheFormFile()
        {
            using var source = new SourceCopy();
            var form = source.Edit("Tables/pch_action/Forms/Main.xml", "<DisplayConditions Order=\"0\" Fallback=\"true\">\n    <Everyone />\n  </DisplayConditions>", string.Empty);

            var result = new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source.Directory, Array.Empty<string>(), "1.0.0", source.Output));

            var problem = result.Problems.Single();
            Assert.AreEqual(form, problem.File);
            Assert.AreEqual(ProblemCodes.FormDisplay, problem.Code);
        }

        [TestMethod]
        public void RoleMapNamingARoleThatDoesNotExist_ReadingTheSourceFailsNamingIt()
        {
            using var source = new SourceCopy();
            source.Edit("App/App.xml", "<Role Id=\"administrador-cartera\" />", "<Role Id=\"administradora\" />");

            var error = Assert.ThrowsExactly<ProChile.Crm.SolutionPackager.Source.SolutionSourceException>(() =>
                new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source.Directory, Array.Empty<string>(), "1.0.0", source.Output)));

            StringAssert.Contains(error.Message, "the role \"administradora\" is neither in Roles/");
        }

        [TestMethod]
        public void SiteMapEntryThatIsNeitherATableNorADashboard_ReadingTheSourceFailsNamingIt()
        {
            using var source = new SourceCopy();
            var app = source.Edit("App/App.xml", "<Table Name=\"pch_setting\"", "<View Name=\"pch_setting\"");

            var error = Assert.ThrowsExactly<ProChile.Crm.SolutionPackager.Source.SolutionSourceException>(() =>
                new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source.Directory, Array.Empty<string>(), "1.0.0", source.Output)));

            StringAssert.Contains(error.Message, app);
            StringAssert.Contains(error.Message, "<View> is not a site map entry; use <Table Name=\"...\"> or <Dashboard Id=\"...\">.");
        }

        [TestMethod]
        public void TimerNamingAnOptionTheChoiceLacks_ReadingTheSourceFailsListingTheOptions()
        {
            using var source = new SourceCopy();
            source.Edit("Tables/pch_request/Forms/Solicitud.xml", "Success=\"Met\"", "Success=\"Answered\"");

            var error = Assert.ThrowsExactly<ProChile.Crm.SolutionPackager.Source.SolutionSourceException>(() =>
                new SolutionPacker(new SolutionChecker()).Pack(new PackRequest(source.Directory, Array.Empty<string>(), "1.0.0", source.Output)));

            StringAssert.Contains(error.Message, "names the option \"Answered\", which pch_deadlinestatus lacks; use one of: OnTime, AtRisk, Overdue, Met, Missed.");
        }
    }
}
