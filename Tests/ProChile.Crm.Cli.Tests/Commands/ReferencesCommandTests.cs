using System;
using System.IO;

namespace ProChile.Crm.Cli.Tests.Commands
{
    [TestClass]
    public sealed class ReferencesCommandTests
    {
        private static (int Exit, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = CliApp.Run(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }

        [TestMethod]
        public void ADotNetAssembly_PrintsEachReferenceAsTheRuntimeBindsIt_SortedByName()
        {
            var prochile = typeof(CliApp).Assembly.Location;

            var (exit, output, error) = Run("references", prochile);

            Assert.AreEqual(0, exit);
            Assert.AreEqual(string.Empty, error);
            StringAssert.Contains(output, "System.CommandLine, Version=2.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" + Environment.NewLine);
            StringAssert.Contains(output, "ProChile.Crm.Rules, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" + Environment.NewLine);
            var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            CollectionAssert.AreEqual(lines, Sorted(lines));
        }

        [TestMethod]
        public void AMissingFile_ExitsTwo_NamingThePath_AndPrintsNothing()
        {
            var (exit, output, error) = Run("references", "no-such.dll");

            Assert.AreEqual(2, exit);
            Assert.AreEqual(string.Empty, output);
            StringAssert.StartsWith(error, "No existe el archivo «no-such.dll».");
        }

        [TestMethod]
        public void AFileThatIsNotDotNet_ExitsTwo_SayingSo()
        {
            var path = Path.Combine(Path.GetTempPath(), $"prochile-references-{Guid.NewGuid():N}.dll");
            File.WriteAllText(path, "no soy un ensamblado");
            try
            {
                var (exit, output, error) = Run("references", path);

                Assert.AreEqual(2, exit);
                Assert.AreEqual(string.Empty, output);
                Assert.AreEqual($"«{path}» no es un ensamblado .NET (no tiene metadatos); indique una DLL .NET." + Environment.NewLine, error);
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static string[] Sorted(string[] lines)
        {
            var copy = (string[])lines.Clone();
            Array.Sort(copy, StringComparer.OrdinalIgnoreCase);
            return copy;
        }
    }
}
