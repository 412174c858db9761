using System;
using System.IO;

namespace ProChile.Crm.Simulation.Tests
{
    [TestClass]
    public sealed class SimulationOptionsTests
    {
        [TestMethod]
        public void ANegativeNumberOfCompaniesIsRefusedNamingTheValueAndTheRange()
        {
            var refused = Assert.ThrowsExactly<SimulationInputException>(() => new SimulationOptions(-5, 2025, 1));
            Assert.AreEqual("--companies «-5» no es válido; se acepta un número entero entre 1 y 100000.", refused.Message);
        }

        [TestMethod]
        public void AYearOutsideTheCalendarIsRefusedNamingTheValueAndTheRange()
        {
            var refused = Assert.ThrowsExactly<SimulationInputException>(() => new SimulationOptions(10, 1999, 1));
            Assert.AreEqual("--year «1999» no es válido; se acepta un año entre 2005 y 2100.", refused.Message);
        }

        [TestMethod]
        public void AFolderUnderAFileCannotBeWrittenAndIsRefused()
        {
            var file = Path.GetTempFileName();
            try
            {
                var refused = Assert.ThrowsExactly<SimulationInputException>(() => SimulationOptions.RequireWritableDirectory(Path.Combine(file, "informe")));
                StringAssert.StartsWith(refused.Message, $"--out «{Path.Combine(file, "informe")}» no es válido: no se puede escribir");
            }
            finally
            {
                File.Delete(file);
            }
        }

        [TestMethod]
        public void AMissingFolderIsCreated()
        {
            var folder = Path.Combine(Path.GetTempPath(), "prochile-out-" + Guid.NewGuid().ToString("N"));
            try
            {
                Assert.AreEqual(folder, SimulationOptions.RequireWritableDirectory(folder));
                Assert.IsTrue(Directory.Exists(folder));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [TestMethod]
        public void YearsAreOneYearOrConsecutiveYears()
        {
            Assert.AreEqual((2026, 2028), SimulationOptions.ParseYears("2026-2028"));
            Assert.AreEqual((2026, 2026), SimulationOptions.ParseYears("2026"));
            Assert.AreEqual(3, new SimulationOptions(10, 2026, 1, lastYear: 2028).YearCount);
        }

        [TestMethod]
        public void YearsBackwardsOutOfRangeOrTooManyAreRefusedNamingTheValue()
        {
            foreach (var text in new[] { "2028-2026", "2004-2006", "2099-2101", "2026-2036", "2026/2028", "dos mil", "2026-" })
            {
                var refused = Assert.ThrowsExactly<SimulationInputException>(() => SimulationOptions.ParseYears(text), text);
                Assert.AreEqual($"--years «{text}» no es válido; se acepta un año o años consecutivos AAAA-AAAA (hasta 10) entre 2005 y 2100, p. ej. 2026-2028.", refused.Message);
            }
        }
    }
}
