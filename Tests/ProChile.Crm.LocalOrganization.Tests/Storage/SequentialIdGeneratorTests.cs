using System;
using System.Data.SqlTypes;
using System.Linq;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Tests.Storage
{
    /// <summary>Ids shaped as Dataverse's sequential ids: creation order in SQL Server's order, a different first group each.</summary>
    [TestClass]
    public sealed class SequentialIdGeneratorTests
    {
        [TestMethod]
        public void ConsecutiveIdsComeInCreationOrderInSqlServerOrder()
        {
            var ids = new SequentialIdGenerator(7);
            var made = Enumerable.Range(0, 1000).Select(_ => ids.Next()).ToList();

            CollectionAssert.AreEqual(made, made.OrderBy(id => new SqlGuid(id)).ToList());
        }

        // Dataverse's consecutive records differ in their first 8 hex digits; references made of those digits
        // ("ref. 1a2b3c4d" in F1/F2/D6 subjects) must tell records apart here as there.
        [TestMethod]
        public void ConsecutiveIdsDifferInTheirFirstEightHexDigits()
        {
            var ids = new SequentialIdGenerator(7);
            var firsts = Enumerable.Range(0, 100_000).Select(_ => ids.Next().ToString("N").Substring(0, 8)).ToList();

            Assert.AreEqual(firsts.Count, firsts.Distinct().Count());
        }

        [TestMethod]
        public void TheSameSeedGivesTheSameIds()
        {
            var a = new SequentialIdGenerator(3);
            var b = new SequentialIdGenerator(3);

            CollectionAssert.AreEqual(Enumerable.Range(0, 10).Select(_ => a.Next()).ToList(), Enumerable.Range(0, 10).Select(_ => b.Next()).ToList());
        }
    }
}
