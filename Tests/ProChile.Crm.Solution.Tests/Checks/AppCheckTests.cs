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
            Assert.AreEqual("aplicación pch_ProChileAtencionUsuarios", problem.Component!.Display);
            Assert.AreEqual("no tiene entrada del mapa del sitio para la tabla «pch_holiday», así que los ejecutivos no llegan a ella.", problem.Message);
            Assert.AreEqual("agregue <Table Name=\"pch_holiday\" es=\"...\" en=\"...\" /> a un <Group> de Solution/src/App/App.xml.", problem.Fix);
        }

        [TestMethod]
        public void App_RoleRemovedFromTheRoleMap_FailsNamingTheRoleAndTheRoleMap()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst(RoleMapEntry("ejecutivo-comercial"), string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            StringAssert.StartsWith(problem.Message, "no asigna el rol «ProChile Ejecutivo(a) Comercial» {");
            StringAssert.EndsWith(problem.Message, "así que sus usuarios (con Basic User) no pueden abrir la aplicación.");
            Assert.AreEqual("agregue <Role Id=\"...\" /> con el Id del rol en Roles/ al <RoleMap> de Solution/src/App/App.xml.", problem.Fix);
        }

        [TestMethod]
        public void App_TableMissingFromItsComponents_FailsNamingTheComponent()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<AppModuleComponent type=\"1\" schemaName=\"pch_setting\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            Assert.AreEqual("no lista la tabla «pch_setting» entre sus componentes, así que la aplicación no puede mostrarla.", problem.Message);
            StringAssert.Contains(problem.Fix, "<AppModuleComponent type=\"1\" schemaName=\"pch_setting\" />");
        }

        [TestMethod]
        public void App_ViewMissingFromItsComponents_FailsNamingTheView()
        {
            var view = DeterministicGuid.Braced(ComponentIds.View("pch_request", "solicitudes-vencidas"));
            var broken = Good.WithCustomizations(x => x.ReplaceFirst("<AppModuleComponent type=\"26\" id=\"" + view + "\" />", string.Empty));

            var problem = broken.Check().Single();

            Assert.AreEqual(ProblemCodes.App, problem.Code);
            StringAssert.StartsWith(problem.Message, "no lista vista 'Solicitudes vencidas' " + view + " entre sus componentes");
        }

        [TestMethod]
        public void App_RoleMapNamingARoleNobodyHas_Fails()
        {
            var broken = Good.WithCustomizations(x => x.ReplaceFirst(RoleMapEntry("ejecutivo-comercial"), RoleMapEntry("ejecutivo-comercial") + "<Role id=\"{00000000-0000-0000-0000-0000000000aa}\" />"));

            var problem = broken.Check().Single();

            Assert.AreEqual("asigna el rol «{00000000-0000-0000-0000-0000000000aa}», que no existe ni en la solución ni en Dataverse.", problem.Message);
        }

        [TestMethod]
        public void App_LandingOnATableInsteadOfTheDashboard_Fails()
        {
            var broken = Good.WithCustomizations(x => Regex.Replace(x, "<Group Id=\"cartera_inicio\".*?</Group>", string.Empty, RegexOptions.Singleline));

            var problem = broken.Check().Single();

            Assert.AreEqual("abre en su primera entrada del mapa del sitio, que no es un panel.", problem.Message);
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
