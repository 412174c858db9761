using System.IO;

namespace ProChile.Crm.Cli.Tests
{
    [TestClass]
    public sealed class RutCommandTests
    {
        private static (int Exit, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = CliApp.Run(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }

        [TestMethod]
        public void C10_DottedRutPrintsTheCanonicalForm()
        {
            var (exit, output, error) = Run("rut", "76.086.428-5");

            Assert.AreEqual(0, exit);
            Assert.AreEqual("76086428-5" + System.Environment.NewLine, output);
            Assert.AreEqual(string.Empty, error);
        }

        [TestMethod]
        public void C10_LowerCaseKWithoutHyphenPrintsUpperCaseK()
        {
            var (exit, output, _) = Run("rut", "10000013k");

            Assert.AreEqual(0, exit);
            Assert.AreEqual("10000013-K" + System.Environment.NewLine, output);
        }

        [TestMethod]
        public void C10_WrongCheckDigitExitsTwoWithTheReasonAndPrintsNothing()
        {
            var (exit, output, error) = Run("rut", "76.086.428-4");

            Assert.AreEqual(2, exit);
            Assert.AreEqual(string.Empty, output);
            Assert.AreEqual(
                "El RUT «76.086.428-4» tiene un dígito verificador incorrecto: para el número 76.086.428 el dígito verificador es 5, no 4. Revise el número y el dígito." + System.Environment.NewLine,
                error);
        }

        [TestMethod]
        public void C10_MissingValueExitsTwo()
        {
            var (exit, output, error) = Run("rut");

            Assert.AreEqual(2, exit);
            Assert.AreEqual(string.Empty, output);
            Assert.AreNotEqual(string.Empty, error);
        }
    }
}
