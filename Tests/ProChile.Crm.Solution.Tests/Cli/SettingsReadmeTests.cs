using System;
using System.IO;
using ProChile.Crm.Cli;

namespace ProChile.Crm.Solution.Tests.Cli
{
    /// <summary>
    /// Issue 10, defect 8: the admin guide's settings table named keys the code did not know. It is now generated
    /// from the rules' catalog; this test regenerates it and compares it with Solution/README.md.
    /// </summary>
    [TestClass]
    public sealed class SettingsReadmeTests
    {
        private const string Fix =
            "Solution/README.md's settings table differs from SettingsCatalog.cs. Regenerate it: run "
            + "`dotnet run --project Tools/ProChile.Crm.Cli -- settings --format markdown` and paste its output between the markers "
            + "(" + SettingsCommand.BeginMarker + " ... " + SettingsCommand.EndMarker + ").";

        [TestMethod]
        public void TheReadmesSettingsTableIsTheOneGeneratedFromTheCatalog()
        {
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "Solution", "README.md")).Replace("\r\n", "\n");
            var begin = readme.IndexOf(SettingsCommand.BeginMarker + "\n", StringComparison.Ordinal);
            var end = readme.IndexOf(SettingsCommand.EndMarker, StringComparison.Ordinal);
            Assert.IsTrue(begin >= 0 && end > begin, "Solution/README.md lacks the settings table's markers. " + Fix);

            var inReadme = readme.Substring(begin + SettingsCommand.BeginMarker.Length + 1, end - begin - SettingsCommand.BeginMarker.Length - 1);

            Assert.AreEqual(SettingsCommand.Markdown(), inReadme, Fix);
        }

        [TestMethod]
        public void TheGeneratedTableHasOneRowPerCatalogKeyWithItsDefaultAndRule()
        {
            var table = SettingsCommand.Markdown();

            StringAssert.Contains(table, "| `C4.MinimumQualifyingActions` | `2` | se acepta un número entero de 1 a 100 | C4 | ");
            StringAssert.Contains(table, "| `F2.DefaultBusinessHorizonMonths` | `6` | ");
            StringAssert.Contains(table, "| `R1.Mailbox.nuble` | `nuble@prochile.gob.cl` | ");
            // 2 header lines, 11 rule settings (C4 x2, D6 x2, S14, N2, N4, F1, F2, S4 x2), 5 D6 alert switches, 16 regional mailboxes and the registration one.
            Assert.AreEqual(2 + 11 + 5 + 16 + 1, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }
}
