using ProChile.Crm.Simulation.Results;

namespace ProChile.Crm.Simulation.Tests.Results
{
    [TestClass]
    public sealed class SpanishNumbersTests
    {
        [TestMethod]
        public void CountsGroupThousandsWithDots()
        {
            Assert.AreEqual("999", SpanishNumbers.Count(999));
            Assert.AreEqual("2.000", SpanishNumbers.Count(2000));
            Assert.AreEqual("16.254", SpanishNumbers.Count(16254));
            Assert.AreEqual("1.000.000", SpanishNumbers.Count(1000000));
        }

        [TestMethod]
        public void PercentagesUseADecimalCommaWithOneDecimal()
        {
            Assert.AreEqual("79,6 %", SpanishNumbers.Percent(211, 265));
            Assert.AreEqual("100,0 %", SpanishNumbers.Percent(133, 133));
        }

        [TestMethod]
        public void APercentageOfNothingIsADash()
        {
            Assert.AreEqual("-", SpanishNumbers.Percent(0, 0));
        }
    }
}
