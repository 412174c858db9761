using System;
using System.Linq;
using System.Text.RegularExpressions;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Generation;
using ProChile.Crm.SolutionPackager.Packaging;

namespace ProChile.Crm.Solution.Tests.Checks
{
    /// <summary>The app executives open lists and reaches every table and maps every role (PCH010). Each test breaks the packed source in one place.</summary>
    [TestClass]
    public sealed class AppCheckTests
    {
        private static SolutionPackage Good => GoodPackage.Value;

        private static string RoleMapEntry(string role) => "<Role id=\"" + DeterministicGuid.Braced(ComponentIds.Role(role)) + "\" />";

        [TestMethod]
        public void App_TableRemovedFromTheSiteMap_FailsNamingTheTableAndTheEntryToAdd()
        {
            var broken = Good.WithCustomizations(x => Regex.Replace(x, "<SubArea Id=\"plazos_plazos_pch_holiday\".*?</SubArea>", string.Empty, RegexOptions.Singleline));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            Assert.AreEqual("app pch_ProChileAtencionUsuarios", problem.Component!.Display);
            Assert.AreEqual("has no site map entry for table pch_holiday, so executives cannot reach it.", problem.Message);
            Assert.AreEqual("add <Table Name=\"pch_holiday\" es=\"...\" en=\"...\" /> to a <Group> of Solution/src/App/App.xml.", problem.Fix);
        }

        [TestMethod]
        public void App_RoleRemovedFromTheRoleMap_FailsNamingTheRoleAndTheRoleMap()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst(RoleMapEntry("ejecutivo-comercial"), string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            StringAssert.StartsWith(problem.Message, "does not map the role 'ProChile Ejecutivo(a) Comercial' {");
            StringAssert.EndsWith(problem.Message, "so its users (with Basic User) cannot open the app.");
            Assert.AreEqual("add <Role Id=\"...\" /> with the role's Id in Roles/ to the <RoleMap> of Solution/src/App/App.xml.", problem.Fix);
        }

        [TestMethod]
        public void App_TableMissingFromItsComponents_FailsNamingTheComponent()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<AppModuleComponent type=\"1\" schemaName=\"pch_setting\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            Assert.AreEqual("does not list table pch_setting among its components, so the app cannot show it.", problem.Message);
            StringAssert.Contains(problem.Fix, "<AppModuleComponent type=\"1\" schemaName=\"pch_setting\" />");
        }

        [TestMethod]
        public void App_ViewMissingFromItsComponents_FailsNamingTheView()
        {
            var view = DeterministicGuid.Braced(ComponentIds.View("pch_request", "solicitudes-vencidas"));
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<AppModuleComponent type=\"26\" id=\"" + view + "\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            StringAssert.StartsWith(problem.Message, "does not list view 'Solicitudes vencidas' " + view + " among its components");
        }

        [TestMethod]
        public void App_RoleMapNamingARoleNobodyHas_Fails()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst(RoleMapEntry("ejecutivo-comercial"), RoleMapEntry("ejecutivo-comercial") + "<Role id=\"{00000000-0000-0000-0000-0000000000aa}\" />"));

            var problem = broken.Check().Single();

            Assert.AreEqual("maps the role {00000000-0000-0000-0000-0000000000aa}, which neither the solution nor Dataverse has.", problem.Message);
        }

        [TestMethod]
        public void App_LandingOnATableInsteadOfTheDashboard_Fails()
        {
            var broken = Good.WithCustomizations(x => Regex.Replace(x, "<Group Id=\"cartera_inicio\".*?</Group>", string.Empty, RegexOptions.Singleline));

            var problem = broken.Check().Single();

            Assert.AreEqual("lands on its first site map entry, which is not a dashboard.", problem.Message);
        }

        [TestMethod]
        public void App_NoAppAtAll_FailsNamingTheFileToAdd()
        {
            var broken = Good
                .WithCustomizations(x => Regex.Replace(x, "<AppModuleSiteMaps>.*</AppModules>", string.Empty, RegexOptions.Singleline))
                .WithPart(SolutionPackage.SolutionPart, x => Regex.Replace(x, "<RootComponent type=\"(62|80)\"[^>]*/>", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            Assert.IsNull(problem.Component);
            StringAssert.Contains(problem.Fix, "Solution/src/App/App.xml");
        }

        [TestMethod]
        public void RootComponents_AppMissing_FailsNamingTheRootComponent()
        {
            var broken = Good.WithPart(SolutionPackage.SolutionPart, x => x.ReplaceFirst("<RootComponent type=\"80\" schemaName=\"pch_ProChileAtencionUsuarios\" behavior=\"0\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.RootComponent, problem.Code);
            StringAssert.Contains(problem.Fix, "<RootComponent type=\"80\" schemaName=\"pch_ProChileAtencionUsuarios\" behavior=\"0\" />");
        }
    }
}
