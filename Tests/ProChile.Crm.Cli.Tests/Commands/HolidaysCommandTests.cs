using System.Linq;
using System.Text.Json;

namespace ProChile.Crm.Cli.Tests.Commands
{
    [TestClass]
    public sealed class HolidaysCommandTests
    {
        [TestMethod]
        public void D5_CsvListsThe2026NationalHolidaysUnderTheDateNameScopeHeader()
        {
            var run = CliRun.Of("holidays", "--year", "2026", "--format", "csv");

            Assert.AreEqual(0, run.ExitCode);
            Assert.AreEqual(string.Join("\n",
                "date,name,scope",
                "2026-01-01,Año Nuevo,national",
                "2026-04-03,Viernes Santo,national",
                "2026-04-04,Sábado Santo,national",
                "2026-05-01,Día Nacional del Trabajo,national",
                "2026-05-21,Día de las Glorias Navales,national",
                "2026-06-21,Día Nacional de los Pueblos Indígenas,national",
                "2026-06-29,San Pedro y San Pablo,national",
                "2026-07-16,Día de la Virgen del Carmen,national",
                "2026-08-15,Asunción de la Virgen,national",
                "2026-09-18,Independencia Nacional,national",
                "2026-09-19,Día de las Glorias del Ejército,national",
                "2026-10-12,Encuentro de Dos Mundos,national",
                "2026-10-31,Día Nacional de las Iglesias Evangélicas y Protestantes,national",
                "2026-11-01,Día de Todos los Santos,national",
                "2026-12-08,Inmaculada Concepción,national",
                "2026-12-25,Navidad,national",
                ""), run.Stdout);
            Assert.AreEqual("", run.Stderr);
        }

        [TestMethod]
        public void D5_TheAricaOfficeAddsTheSeventhOfJuneAsRegional()
        {
            var run = CliRun.Of("holidays", "--year", "2026", "--office", "arica-y-parinacota", "--format", "csv");

            Assert.AreEqual(0, run.ExitCode);
            var lines = run.Stdout.TrimEnd('\n').Split('\n');
            Assert.AreEqual(18, lines.Length);
            Assert.AreEqual("2026-06-07,Asalto y Toma del Morro de Arica,regional", lines[6]);
        }

        [TestMethod]
        public void D5_TheDefaultTableShowsTheRegionalHoliday()
        {
            var run = CliRun.Of("holidays", "--year", "2026", "--office", "arica-y-parinacota");

            Assert.AreEqual(0, run.ExitCode);
            var line = run.Stdout.Split('\n').Single(l => l.StartsWith("2026-06-07"));
            StringAssert.Contains(line, "Asalto y Toma del Morro de Arica");
            StringAssert.Contains(line, "regional (arica-y-parinacota)");
            StringAssert.StartsWith(run.Stdout, "date        day      name");
        }

        [TestMethod]
        public void CsvQuotesANameWithACommaAndJsonCarriesTheLaw()
        {
            var csv = CliRun.Of("holidays", "--year", "2021", "--format", "csv");
            var json = CliRun.Of("holidays", "--year", "2017", "--format", "json");

            StringAssert.Contains(csv.Stdout, "2021-05-15,\"Elecciones de convencionales constituyentes, gobernadores, alcaldes y concejales\",national\n");
            using var document = JsonDocument.Parse(json.Stdout);
            var census = document.RootElement.EnumerateArray().Single(e => e.GetProperty("date").GetString() == "2017-04-19");
            Assert.AreEqual("Censo de Población y Vivienda", census.GetProperty("name").GetString());
            Assert.AreEqual("national", census.GetProperty("scope").GetString());
            Assert.AreEqual("Ley 20.985", census.GetProperty("legalBasis").GetString());
        }

        [TestMethod]
        [DataRow("1999", "--year «1999» no es válido; se acepta un año entre 2000 y 2101.")]
        [DataRow("20x6", "--year «20x6» no es válido; se acepta un año entre 2000 y 2101.")]
        public void AYearOutOfRangeIsBadInputOnOneLine(string year, string message)
        {
            var run = CliRun.Of("holidays", "--year", year);

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual(message + "\n", run.Stderr);
            Assert.AreEqual("", run.Stdout);
        }

        [TestMethod]
        public void AnUnknownOfficeIsBadInputNamingTheAcceptedSlugs()
        {
            var run = CliRun.Of("holidays", "--year", "2026", "--office", "santiago");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual(1, run.Stderr.TrimEnd('\n').Split('\n').Length);
            StringAssert.StartsWith(run.Stderr, "Oficina desconocida «santiago»; se aceptan: arica-y-parinacota, tarapaca,");
            Assert.AreEqual("", run.Stdout);
        }

        [TestMethod]
        public void AnUnknownFormatIsBadInput()
        {
            var run = CliRun.Of("holidays", "--year", "2026", "--format", "xml");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual("--format «xml» no es válido; se acepta table, csv o json.\n", run.Stderr);
        }
    }
}
