using System;
using ProChile.Crm.Dataverse.Mapping;

namespace ProChile.Crm.Plugins.Tests.Dataverse.Mapping
{
    [TestClass]
    public sealed class ColumnTextTests
    {
        [TestMethod]
        public void ATextOfExactlyTheMaximumIsKeptWhole()
        {
            Assert.AreEqual("abcde", ColumnText.Fit("abcde", 5));
        }

        [TestMethod]
        public void ATextOneCharacterLongerIsCutToTheMaximumEndingWithAnEllipsis()
        {
            Assert.AreEqual("abcd…", ColumnText.Fit("abcdef", 5));
        }

        [TestMethod]
        public void TheCutDropsTheSpacesBeforeTheEllipsis()
        {
            Assert.AreEqual("ab…", ColumnText.Fit("ab   cdef", 5));
        }

        [TestMethod]
        public void TheCutNeverSplitsASurrogatePair()
        {
            // "😀" is two UTF-16 units; Dataverse counts units, so a split pair would store an invalid character.
            Assert.AreEqual("abc…", ColumnText.Fit("abc😀def", 5));
        }

        [TestMethod]
        public void EveryFittedTextFitsAndIsTheTextOrItsStartWithAnEllipsis()
        {
            const string Source = "Año 😀 ñandú, «acción» x";
            for (var length = 0; length <= Source.Length; length++)
            {
                for (var max = 1; max <= Source.Length + 1; max++)
                {
                    var text = Source.Substring(0, length);
                    var fitted = ColumnText.Fit(text, max);

                    Assert.IsTrue(fitted.Length <= max, $"«{fitted}» is longer than {max}");
                    if (text.Length <= max)
                    {
                        Assert.AreEqual(text, fitted);
                    }
                    else
                    {
                        StringAssert.EndsWith(fitted, ColumnText.Ellipsis);
                        StringAssert.StartsWith(text, fitted.Substring(0, fitted.Length - 1));
                    }
                }
            }
        }

        [TestMethod]
        public void FitPartCutsOnlyTheMiddleSoTheReferenceSurvives()
        {
            Assert.AreEqual("F1 «abc…» ref. 1", ColumnText.FitPart("F1 «", "abcdefgh", "» ref. 1", 16));
            Assert.AreEqual("F1 «abcdefgh» ref. 1", ColumnText.FitPart("F1 «", "abcdefgh", "» ref. 1", 20));
        }

        [TestMethod]
        public void FitPartWhoseFixedPiecesDoNotFitFitsTheWhole()
        {
            Assert.AreEqual("F1 «a…", ColumnText.FitPart("F1 «", "abc", "» ref. 1", 6));
        }

        [TestMethod]
        public void AMaximumBelowOneIsACallersMistake()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ColumnText.Fit("a", 0));
        }
    }
}
