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
            Assert.AreEqual("--companies -5 is not accepted; a whole number from 1 to 100000 is.", refused.Message);
        }

        [TestMethod]
        public void AYearOutsideTheCalendarIsRefusedNamingTheValueAndTheRange()
        {
            var refused = Assert.ThrowsExactly<SimulationInputException>(() => new SimulationOptions(10, 1999, 1));
            Assert.AreEqual("--year 1999 is not accepted; a year from 2005 to 2100 is.", refused.Message);
        }

        [TestMethod]
        public void AFolderUnderAFileCannotBeWrittenAndIsRefused()
        {
            var file = Path.GetTempFileName();
            try
            {
                var refused = Assert.ThrowsExactly<SimulationInputException>(() => SimulationOptions.RequireWritableDirectory(Path.Combine(file, "informe")));
                StringAssert.StartsWith(refused.Message, $"--out '{Path.Combine(file, "informe")}' is not accepted: it cannot be written");
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
    }
}
