using System;
using System.IO;

namespace ProChile.Crm.Cli.Tests.Commands
{
    [TestClass]
    public sealed class SimulateCommandTests
    {
        [TestMethod]
        public void ASmallYearPrintsTheSummaryAndWritesTheReport()
        {
            var folder = Path.Combine(Path.GetTempPath(), "prochile-simulate-" + Guid.NewGuid().ToString("N"));
            try
            {
                var run = CliRun.Of("simulate", "--companies", "30", "--year", "2025", "--seed", "4", "--out", folder);

                Assert.AreEqual(0, run.ExitCode, run.Stderr);
                StringAssert.StartsWith(run.Stdout, "Simulación 2025: 30 empresas, semilla 4\n");
                StringAssert.Contains(run.Stdout, "Plazos (S1-S14): ");
                StringAssert.Contains(run.Stdout, $"Informe: {Path.Combine(folder, "informe-simulacion.html")}\n");
                StringAssert.Contains(File.ReadAllText(Path.Combine(folder, "informe-simulacion.html")), "<svg id=\"plazos-regla\"");
                Assert.AreEqual(string.Empty, run.Stderr);
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        [TestMethod]
        public void NegativeCompaniesExitTwoWithOneLine()
        {
            var run = CliRun.Of("simulate", "--companies", "-3");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual("--companies «-3» no es válido; se acepta un número entero entre 1 y 100000.\n", run.Stderr);
            Assert.AreEqual(string.Empty, run.Stdout);
        }

        [TestMethod]
        public void AYearOutOfRangeExitsTwoWithOneLine()
        {
            var run = CliRun.Of("simulate", "--year", "2200");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual("--year «2200» no es válido; se acepta un año entre 2005 y 2100.\n", run.Stderr);
        }

        [TestMethod]
        public void TheProgressLineShowsTheYearTheCompaniesThatLivedItAndTheRate()
        {
            var options = new ProChile.Crm.Simulation.SimulationOptions(1000, 2026, 1, lastYear: 2028);

            Assert.AreEqual("Año 2026 (1 de 3) · 0 de 1.000 empresas · - empresas/s", ProgressLine.Of(options, 0, TimeSpan.Zero));
            Assert.AreEqual("Año 2027 (2 de 3) · 500 de 1.000 empresas · 150 empresas/s", ProgressLine.Of(options, 1500L * 365, TimeSpan.FromSeconds(10)));
            Assert.AreEqual("Año 2028 (3 de 3) · 1.000 de 1.000 empresas · 300 empresas/s", ProgressLine.Of(options, 2000L * 365 + 1000L * 366, TimeSpan.FromSeconds(10)));
            Assert.AreEqual("Año 2026 · 250 de 1.000 empresas · 25 empresas/s",
                ProgressLine.Of(new ProChile.Crm.Simulation.SimulationOptions(1000, 2026, 1), 250L * 365, TimeSpan.FromSeconds(10)));
        }

        [TestMethod]
        public void YearsBackwardsExitTwoWithOneLine()
        {
            var run = CliRun.Of("simulate", "--years", "2028-2026");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual("--years «2028-2026» no es válido; se acepta un año o años consecutivos AAAA-AAAA (hasta 10) entre 2005 y 2100, p. ej. 2026-2028.\n", run.Stderr);
            Assert.AreEqual(string.Empty, run.Stdout);
        }

        [TestMethod]
        public void ThreeYearsPrintEachYearAndTheChangeBetweenThem()
        {
            var folder = Path.Combine(Path.GetTempPath(), "prochile-simulate-" + Guid.NewGuid().ToString("N"));
            try
            {
                var run = CliRun.Of("simulate", "--companies", "12", "--years", "2026-2028", "--seed", "4", "--out", folder);

                Assert.AreEqual(0, run.ExitCode, run.Stderr);
                StringAssert.StartsWith(run.Stdout, "Simulación 2026: 12 empresas, semilla 4\n");
                StringAssert.Contains(run.Stdout, "Simulación 2027: 12 empresas, semilla 4\n");
                StringAssert.Contains(run.Stdout, "Simulación 2028: 12 empresas, semilla 4\n");
                StringAssert.Contains(run.Stdout, "Año a año (2026-2028)\n");
                var html = File.ReadAllText(Path.Combine(folder, "informe-simulacion.html"));
                StringAssert.Contains(html, "<h2>Año a año</h2>");
                StringAssert.Contains(html, "<svg id=\"plazos-regla-2028\"");
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        [TestMethod]
        public void AnUnwritableFolderExitsTwoBeforeAnythingRuns()
        {
            var file = Path.GetTempFileName();
            try
            {
                var run = CliRun.Of("simulate", "--companies", "5", "--out", Path.Combine(file, "informe"));

                Assert.AreEqual(2, run.ExitCode);
                StringAssert.StartsWith(run.Stderr, $"--out «{Path.Combine(file, "informe")}» no es válido: no se puede escribir");
                Assert.AreEqual(1, run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
                Assert.AreEqual(string.Empty, run.Stdout);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [TestMethod]
        public void ANonNumberOfCompaniesExitsTwo()
        {
            var run = CliRun.Of("simulate", "--companies", "muchas");

            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "muchas");
        }
    }
}
