using System;
using System.IO;
using ProChile.Crm.Cli;

namespace ProChile.Crm.Solution.Tests.Cli
{
    [TestClass]
    public sealed class SolutionCommandTests
    {
        [TestMethod]
        public void Check_BuiltZip_ExitsZeroAndPrintsTablesChoicesAndRoles()
        {
            var (exit, stdout, stderr) = Run("solution", "check", Repository.BuiltZip(managed: true));

            Assert.AreEqual(0, exit, stderr);
            StringAssert.Contains(stdout, "Solución ProChileAtencionUsuarios 1.0.0.0 (administrada), editor ProChile, prefijo pch, valores de opción 16870");
            StringAssert.Contains(stdout, "  pch_request: 21 columnas propias, 1 formularios, 8 vistas, 1 gráficos");
            StringAssert.Contains(stdout, "pch_category: 168700001 1 Exporta Más, 168700002 2 Trabajo Habitual, 168700003 3 Trabajo Esporádico");
            StringAssert.Contains(stdout, "ProChile Administrador(a) de Cartera: ");
            StringAssert.Contains(stdout, "sin problemas.");
        }

        [TestMethod]
        public void Check_BuiltZip_ListsTheAppItsSiteMapAreasAndItsRoleMap()
        {
            var (exit, stdout, stderr) = Run("solution", "check", Repository.BuiltZip(managed: true));

            Assert.AreEqual(0, exit, stderr);
            StringAssert.Contains(stdout, "Aplicaciones (1):");
            StringAssert.Contains(stdout, "  pch_ProChileAtencionUsuarios «ProChile Atención de Usuarios»: 7 tablas, ");
            StringAssert.Contains(stdout, "    Mapa del sitio (4 áreas):");
            StringAssert.Contains(stdout, "      Cartera: Inicio (panel «Plazos del protocolo»); Cartera (account, pch_action, pch_categoryhistory)");
            StringAssert.Contains(stdout, "      Plazos: Plazos (pch_request, pch_holiday)");
            StringAssert.Contains(stdout, "      Notas de comportamiento: Notas de comportamiento (pch_behaviournote)");
            StringAssert.Contains(stdout, "      Configuración: Ajustes (pch_setting)");
            StringAssert.Contains(stdout, "    Roles que la abren (4): ProChile Ejecutivo(a) Regional, ProChile Ejecutivo(a) Comercial, ProChile Administrador(a) de Cartera, System Administrator");
        }

        [TestMethod]
        public void Check_BuiltZip_ListsTheSixCustomApisWithKindBindingPrivilegeAndParameters()
        {
            var (exit, stdout, stderr) = Run("solution", "check", Repository.BuiltZip(managed: true));

            Assert.AreEqual(0, exit, stderr);
            StringAssert.Contains(stdout, "APIs personalizadas (6):");
            StringAssert.Contains(stdout, "  pch_BarrerPlazos (acción, global, privilegio prvWritepch_Setting): Barrer plazos y notas vencidas");
            StringAssert.Contains(stdout, "  pch_CalcularPlazo (función, global): Calcular plazo del protocolo");
            StringAssert.Contains(stdout, "    entrada: Inicio DateTime, Oficina String (opcional), Regla String, ZonaHoraria String (opcional)");
            StringAssert.Contains(stdout, "  pch_RecalcularCategoria (acción, sobre account): Recalcular categoría");
            foreach (var api in new[] { "pch_ContarDiasHabiles", "pch_EsDiaHabil", "pch_SumarDiasHabiles" })
            {
                StringAssert.Contains(stdout, "  " + api + " (función, global)");
            }
        }

        [TestMethod]
        public void Check_ZipWithAStepOnAMissingColumn_ExitsTwoNamingTheStepAndTheColumn()
        {
            var zip = Path.Combine(Path.GetTempPath(), "pch-broken-step-" + Guid.NewGuid().ToString("N") + ".zip");
            try
            {
                var broken = Repository.PackWithFixtures().WithCustomizations(x => x.ReplaceFirst(
                    "<FilteringAttributes>pch_followupoptout,pch_category</FilteringAttributes>",
                    "<FilteringAttributes>pch_followupoptout,pch_optout</FilteringAttributes>"));
                File.WriteAllBytes(zip, broken.ToZip());

                var (exit, stdout, stderr) = Run("solution", "check", zip);

                Assert.AreEqual(2, exit);
                Assert.AreEqual(string.Empty, stdout, "nothing printed as if it were fine");
                StringAssert.Contains(stderr, "error PCH004: [paso 'ProChile.Crm.Solution.Tests.Fixtures.FixtureOptOutPlugin: PreOperation Sync Update of account'] su columna de filtro «pch_optout» no existe en la tabla «account».");
            }
            finally
            {
                File.Delete(zip);
            }
        }

        [TestMethod]
        public void Check_FileThatIsNotAZip_ExitsTwoSayingSo()
        {
            var file = Path.Combine(Path.GetTempPath(), "pch-not-a-zip-" + Guid.NewGuid().ToString("N") + ".zip");
            try
            {
                File.WriteAllText(file, "hola");

                var (exit, _, stderr) = Run("solution", "check", file);

                Assert.AreEqual(2, exit);
                StringAssert.Contains(stderr, "no es un archivo zip");
            }
            finally
            {
                File.Delete(file);
            }
        }

        [TestMethod]
        public void Check_MissingFile_ExitsTwoNamingIt()
        {
            var (exit, _, stderr) = Run("solution", "check", "no-existe.zip");

            Assert.AreEqual(2, exit);
            StringAssert.Contains(stderr, "no-existe.zip»; indique la ruta de un zip de solución.");
        }

        private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = CliApp.Run(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }
    }
}
