namespace ProChile.Crm.Cli.Tests.Commands
{
    [TestClass]
    public sealed class RutCommandTests
    {
        [TestMethod]
        public void C10_DottedRutPrintsTheCanonicalForm()
        {
            var run = CliRun.Of("rut", "76.086.428-5");

            Assert.AreEqual(0, run.ExitCode);
            Assert.AreEqual("76086428-5\n", run.Stdout);
            Assert.AreEqual(string.Empty, run.Stderr);
        }

        [TestMethod]
        public void C10_LowerCaseKWithoutHyphenPrintsUpperCaseK()
        {
            var run = CliRun.Of("rut", "10000013k");

            Assert.AreEqual(0, run.ExitCode);
            Assert.AreEqual("10000013-K\n", run.Stdout);
        }

        [TestMethod]
        public void C10_WrongCheckDigitExitsTwoWithTheReasonAndPrintsNothing()
        {
            var run = CliRun.Of("rut", "76.086.428-4");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual(string.Empty, run.Stdout);
            Assert.AreEqual(
                "El RUT «76.086.428-4» tiene un dígito verificador incorrecto: para el número 76.086.428 el dígito verificador es 5, no 4. Revise el número y el dígito.\n",
                run.Stderr);
        }

        [TestMethod]
        public void C10_MissingValueExitsTwo()
        {
            var run = CliRun.Of("rut");

            Assert.AreEqual(2, run.ExitCode);
            Assert.AreEqual(string.Empty, run.Stdout);
            Assert.AreNotEqual(string.Empty, run.Stderr);
        }
    }
}
