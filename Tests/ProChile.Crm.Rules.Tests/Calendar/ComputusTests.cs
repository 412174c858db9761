using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Tests.Calendar
{
    [TestClass]
    public sealed class ComputusTests
    {
        [TestMethod]
        [DataRow(2000, 4, 23)]
        [DataRow(2008, 3, 23)]
        [DataRow(2011, 4, 24)]
        [DataRow(2019, 4, 21)]
        [DataRow(2024, 3, 31)]
        [DataRow(2025, 4, 20)]
        [DataRow(2026, 4, 5)]
        [DataRow(2027, 3, 28)]
        [DataRow(2038, 4, 25)]
        public void D5_EasterSundayFollowsTheGregorianComputus(int year, int month, int day)
        {
            Assert.AreEqual(new CivilDate(year, month, day), Computus.EasterSunday(year));
        }
    }
}
