using System;
using System.Linq;
using ProChile.Crm.LocalOrganization.Querying;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    /// <summary>The in-place comparison orders strings as comparing their folded, right-trimmed copies does (Latin1_General_CI_AI).</summary>
    [TestClass]
    public sealed class CollationTests
    {
        [TestMethod]
        [DataRow("Región", "REGION", 0)]
        [DataRow("Ñuñoa", "nunoa", 0)]
        [DataRow("abc  ", "ABC", 0)]
        [DataRow("abc", "abd", -1)]
        [DataRow("ab", "abc", -1)]
        [DataRow(" abc", "abc", -1)]
        [DataRow("Zeta", "álamo", 1)]
        [DataRow("", "   ", 0)]
        public void ComparesFoldedAndRightTrimmed(string left, string right, int expectedSign)
        {
            Assert.AreEqual(expectedSign, Math.Sign(Collation.Compare(left, right)));
            Assert.AreEqual(-expectedSign, Math.Sign(Collation.Compare(right, left)));
        }

        [TestMethod]
        public void OrdersAsTheFoldedCopiesDoForDrawnStrings()
        {
            const string alphabet = "aAáÁbñÑnNoóÖz ZéE-1";
            var random = new Random(2024);
            string Draw() => new string(Enumerable.Range(0, random.Next(0, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            for (int i = 0; i < 2000; i++)
            {
                string left = Draw(), right = Draw();
                int expected = Math.Sign(string.CompareOrdinal(Collation.Fold(left.TrimEnd(' ')), Collation.Fold(right.TrimEnd(' '))));
                Assert.AreEqual(expected, Math.Sign(Collation.Compare(left, right)), $"«{left}» vs «{right}»");
            }
        }
    }
}
