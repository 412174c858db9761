using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ProChile.Crm.Simulation.Report;

namespace ProChile.Crm.Simulation.Tests.Report
{
    [TestClass]
    public sealed class HtmlReportTests
    {
        private static string Html => HtmlReport.Render(SimulatedYear.EightyCompanies.Summary);

        [TestMethod]
        public void TheReportHasItsFiveChartsAsInlineSvg()
        {
            var ids = Regex.Matches(Html, "<svg id=\"([a-z-]+)\"").Select(m => m.Groups[1].Value).ToArray();
            CollectionAssert.AreEqual(new[] { "segmentos", "categorias", "plazos-regla", "plazos-oficina", "notas" }, ids);
        }

        [TestMethod]
        public void TheReportIsSelfContained_NoScriptNoExternalFile()
        {
            StringAssert.StartsWith(Html, "<!DOCTYPE html>");
            Assert.IsFalse(Html.Contains("<script"), "no script");
            Assert.IsFalse(Regex.IsMatch(Html, "(src|href)=\"https?:"), "nothing fetched");
        }

        [TestMethod]
        public void S1ToS14_TheRuleChartStacksMetBreachedAndOpenWithTooltips()
        {
            var chart = Regex.Match(Html, "<svg id=\"plazos-regla\".*?</svg>").Value;
            StringAssert.Contains(chart, "<title>S6 · Cumplidos: 39</title>");
            StringAssert.Contains(chart, "<title>S6 · Incumplidos: 5</title>");
            StringAssert.Contains(chart, "<title>S2 · Abiertos: 1</title>");
            Assert.AreEqual(14, Regex.Matches(chart, "class=\"total\"").Count);
        }

        [TestMethod]
        public void TheReportIsWrittenIntoTheFolder()
        {
            var folder = Path.Combine(Path.GetTempPath(), "prochile-report-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var path = HtmlReport.Write(SimulatedYear.EightyCompanies.Summary, folder);

                Assert.AreEqual(Path.Combine(folder, HtmlReport.FileName), path);
                Assert.AreEqual(Html, File.ReadAllText(path));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
