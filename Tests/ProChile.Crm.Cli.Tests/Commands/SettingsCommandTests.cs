namespace ProChile.Crm.Cli.Tests.Commands
{
    [TestClass]
    public sealed class SettingsCommandTests
    {
        [TestMethod]
        public void TextListsEachKeyWithItsDefaultRuleAndAcceptedValues()
        {
            var run = CliRun.Of("settings");

            Assert.AreEqual(0, run.ExitCode);
            StringAssert.Contains(run.Stdout, "C4.ActivityWindowMonths = 12 (C4): Meses de la ventana móvil");
            StringAssert.Contains(run.Stdout, "Valores: se acepta un número entero de meses de 1 a 120.\n");
        }

        [TestMethod]
        public void MarkdownIsATableWithOneRowPerKey()
        {
            var run = CliRun.Of("settings", "--format", "markdown");

            Assert.AreEqual(0, run.ExitCode);
            StringAssert.StartsWith(run.Stdout, "| key | default | accepted values | rule | meaning (es / en) |\n| --- | --- | --- | --- | --- |\n| `C4.MinimumQualifyingActions` | `2` |");
        }

        [TestMethod]
        public void AnUnknownFormatExitsTwoSayingWhatIsAccepted()
        {
            var run = CliRun.Of("settings", "--format", "csv");

            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--format «csv» no es válido; se acepta text o markdown.");
            Assert.AreEqual(string.Empty, run.Stdout);
        }
    }
}
