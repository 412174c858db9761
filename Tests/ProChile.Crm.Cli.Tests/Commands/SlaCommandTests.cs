using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ProChile.Crm.Tests.Shared;

namespace ProChile.Crm.Cli.Tests.Commands
{
    [TestClass]
    public sealed class SlaCommandTests
    {
        [TestMethod]
        public void S7_JsonGivesTheDeadlineWithTheHolidaysItSkipped()
        {
            var run = CliRun.Of("sla", "--rule", "S7", "--start", "2026-09-16T10:00:00-03:00", "--format", "json");

            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            using var document = JsonDocument.Parse(run.Stdout);
            var root = document.RootElement;
            Assert.AreEqual("rule,unit,term,start,dueUtc,dueLocal,warningUtc,timeZone,skipped",
                string.Join(",", root.EnumerateObject().Select(p => p.Name)));
            Assert.AreEqual("S7", root.GetProperty("rule").GetString());
            Assert.AreEqual("business-days", root.GetProperty("unit").GetString());
            Assert.AreEqual(4, root.GetProperty("term").GetInt32());
            Assert.AreEqual("2026-09-16T10:00:00-03:00", root.GetProperty("start").GetString());
            Assert.AreEqual("2026-09-24T02:59:59Z", root.GetProperty("dueUtc").GetString());
            Assert.AreEqual("2026-09-23T23:59:59-03:00", root.GetProperty("dueLocal").GetString());
            Assert.AreEqual("2026-09-23T03:00:00Z", root.GetProperty("warningUtc").GetString());
            Assert.AreEqual("America/Santiago", root.GetProperty("timeZone").GetString());
            Assert.AreEqual("2026-09-18 Independencia Nacional|2026-09-19 Día de las Glorias del Ejército|2026-09-20 Domingo",
                string.Join("|", root.GetProperty("skipped").EnumerateArray().Select(d => d.GetProperty("date").GetString() + " " + d.GetProperty("reason").GetString())));
        }

        [TestMethod]
        [DynamicData(nameof(DeadlineCases.Rows), typeof(DeadlineCases))]
        public void TheSharedDeadlineCasesGiveTheirAnswer_AsPchCalcularPlazoDoes(DeadlineCase item)
        {
            var args = new List<string> { "sla", "--rule", item.Rule, "--start", item.Start, "--format", "json" };
            if (item.Office != null) args.AddRange(new[] { "--office", item.Office });
            if (item.TimeZone != null) args.AddRange(new[] { "--time-zone", item.TimeZone });

            var run = CliRun.Of(args.ToArray());

            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            using var document = JsonDocument.Parse(run.Stdout);
            var root = document.RootElement;
            Assert.AreEqual(item.DueUtc, root.GetProperty("dueUtc").GetString());
            Assert.AreEqual(item.DueLocal, root.GetProperty("dueLocal").GetString());
            Assert.AreEqual(item.WarningUtc, root.GetProperty("warningUtc").GetString());
            Assert.AreEqual(item.TimeZoneUsed, root.GetProperty("timeZone").GetString());
            Assert.AreEqual(item.Skipped, string.Join("\n", root.GetProperty("skipped").EnumerateArray().Select(d => d.GetProperty("date").GetString() + " " + d.GetProperty("reason").GetString())));
        }

        [TestMethod]
        public void S9_HoursInACommercialOfficesZoneByWindowsId()
        {
            var run = CliRun.Of("sla", "--rule", "S9", "--start", "2026-09-16T10:00:00Z", "--time-zone", "China Standard Time", "--format", "json");

            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            using var document = JsonDocument.Parse(run.Stdout);
            Assert.AreEqual("hours", document.RootElement.GetProperty("unit").GetString());
            Assert.AreEqual("2026-09-18T10:00:00Z", document.RootElement.GetProperty("dueUtc").GetString());
            Assert.AreEqual("2026-09-18T18:00:00+08:00", document.RootElement.GetProperty("dueLocal").GetString());
            Assert.AreEqual("Asia/Shanghai", document.RootElement.GetProperty("timeZone").GetString());
            Assert.AreEqual(0, document.RootElement.GetProperty("skipped").GetArrayLength());
        }

        [TestMethod]
        public void S1_TheAysenOfficeCountsAtUtcMinus3InWinter()
        {
            var run = CliRun.Of("sla", "--rule", "S1", "--start", "2026-06-15T10:00:00-04:00", "--office", "aysen", "--format", "json");

            using var document = JsonDocument.Parse(run.Stdout);
            Assert.AreEqual("2026-06-18T23:59:59-03:00", document.RootElement.GetProperty("dueLocal").GetString());
            Assert.AreEqual("America/Coyhaique", document.RootElement.GetProperty("timeZone").GetString());
        }

        [TestMethod]
        public void S14_TheVisitOptionReportsWhetherTheLeadTimeHolds()
        {
            var shortNotice = CliRun.Of("sla", "--rule", "S14", "--start", "2026-09-01T10:00:00-04:00", "--visit", "2026-09-20", "--format", "json");
            var enough = CliRun.Of("sla", "--rule", "S14", "--start", "2026-09-01T10:00:00-04:00", "--visit", "2026-10-01");

            using var document = JsonDocument.Parse(shortNotice.Stdout);
            var leadTime = document.RootElement.GetProperty("leadTime");
            Assert.AreEqual(19, leadTime.GetProperty("daysOfNotice").GetInt32());
            Assert.IsFalse(leadTime.GetProperty("holds").GetBoolean());
            Assert.AreEqual(0, enough.ExitCode);
            StringAssert.Contains(enough.Stdout, "Antelación:   La visita del 2026-10-01 tiene 30 días de antelación (mínimo 30).\n");
        }

        [TestMethod]
        public void TheTextFormatIsTheDefaultAndListsSkippedDaysInSpanish()
        {
            var run = CliRun.Of("sla", "--rule", "S7", "--start", "2026-09-16T10:00:00-03:00");

            Assert.AreEqual(0, run.ExitCode);
            StringAssert.Contains(run.Stdout, "Vence:        2026-09-23T23:59:59-03:00 (2026-09-24T02:59:59Z)\n");
            StringAssert.Contains(run.Stdout, "Oficina:      Nivel Central (nivel-central)\n");
            StringAssert.Contains(run.Stdout, "  2026-09-18  Independencia Nacional\n");
        }

        [TestMethod]
        [DataRow("--rule", "S15", "Regla de plazo desconocida «S15»; se aceptan S1..S14.")]
        [DataRow("--office", "chillan", null)]
        [DataRow("--time-zone", "Mars/Olympus_Mons", "Zona horaria desconocida «Mars/Olympus_Mons»; se acepta un id IANA (p. ej., America/Santiago) o un id de Windows (p. ej., Pacific SA Standard Time) que esta plataforma conozca.")]
        [DataRow("--start", "2026-09-16T10:00:00", "--start «2026-09-16T10:00:00» no es un instante ISO 8601 con desfase horario; se acepta, p. ej., 2026-09-16T10:00:00-03:00 o 2026-09-16T13:00:00Z.")]
        [DataRow("--start", "16/09/2026 10:00 -03:00", "--start «16/09/2026 10:00 -03:00» no es un instante ISO 8601 con desfase horario; se acepta, p. ej., 2026-09-16T10:00:00-03:00 o 2026-09-16T13:00:00Z.")]
        [DataRow("--start", "1999-12-31T10:00:00Z", "--start «1999-12-31T10:00:00Z» está fuera del calendario; se aceptan instantes entre 2000 y 2101.")]
        [DataRow("--format", "yaml", "--format «yaml» no es válido; se acepta text o json.")]
        [DataRow("--visit", "2026-10-01", "--visit «2026-10-01» solo se aplica a S14; no se acepta con S7.")]
        public void BadInputExitsWith2AndOneLineNamingTheValue(string option, string value, string? message)
        {
            var args = new[] { "sla", "--rule", "S7", "--start", "2026-09-16T10:00:00-03:00" }.ToList();
            int at = args.IndexOf(option);
            if (at >= 0)
            {
                args[at + 1] = value;
            }
            else
            {
                args.Add(option);
                args.Add(value);
            }

            var run = CliRun.Of(args.ToArray());

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual("", run.Stdout);
            Assert.AreEqual(1, run.Stderr.TrimEnd('\n').Split('\n').Length, run.Stderr);
            StringAssert.Contains(run.Stderr, value);
            if (message != null)
            {
                Assert.AreEqual(message + "\n", run.Stderr);
            }
        }

        [TestMethod]
        public void OfficeAndTimeZoneTogetherAreBadInput()
        {
            var run = CliRun.Of("sla", "--rule", "S1", "--start", "2026-09-16T10:00:00Z", "--office", "maule", "--time-zone", "America/Santiago");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual("--office «maule» y --time-zone «America/Santiago» se indicaron juntas; se acepta solo una de las dos.\n", run.Stderr);
        }
    }
}
