using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Tests.Settings
{
    /// <summary>Issue 10, defect 8: a bad stored row costs its own setting, never every rule that reads settings.</summary>
    [TestClass]
    public sealed class StoredOverridesTests
    {
        private static (RuleSettings Settings, List<string> Skipped) Read(params (string Key, string? Value)[] rows)
        {
            var skipped = new List<string>();
            var settings = RuleSettings.FromStoredOverrides(rows.Select(r => new KeyValuePair<string, string?>(r.Key, r.Value)), e => skipped.Add(e.Message));
            return (settings, skipped);
        }

        [TestMethod]
        public void AnUnknownKeyIsSkippedAndReported_TheGoodRowsApply()
        {
            var (settings, skipped) = Read(("C4.HabitualWindowMonths", "6"), ("C4.ActivityWindowMonths", "24"));

            Assert.AreEqual(24, settings.ActivityWindowMonths);
            Assert.AreEqual(1, skipped.Count);
            StringAssert.StartsWith(skipped[0], "«C4.HabitualWindowMonths» no es un ajuste conocido. Ajustes conocidos: C4.MinimumQualifyingActions, C4.ActivityWindowMonths, ");
        }

        [TestMethod]
        public void ABadValueIsSkippedAndTheDefaultUsed()
        {
            var (settings, skipped) = Read(("D6.ShareOfSpanAtRisk", "mucho"));

            Assert.AreEqual(0.25, settings.DeadlineWarnings.ShareOfSpanAtRisk);
            CollectionAssert.AreEqual(
                new[] { "El ajuste D6.ShareOfSpanAtRisk (D6) tiene el valor «mucho», que no es válido: se acepta una fracción de 0 a 1, como 0.25, 0,25 o 25%. Valor por defecto: «0.25»." },
                skipped);
        }

        [TestMethod]
        public void AKeyGivenTwiceKeepsItsFirstGoodValueAndReportsTheSecond()
        {
            var (settings, skipped) = Read(("C4.MinimumQualifyingActions", "3"), ("c4.minimumqualifyingactions", "4"));

            Assert.AreEqual(3, settings.MinimumQualifyingActions);
            CollectionAssert.AreEqual(new[] { "El ajuste «C4.MinimumQualifyingActions» aparece más de una vez; deje un solo valor." }, skipped);
        }

        [TestMethod]
        public void AnEmptyKeyIsSkippedAndReported()
        {
            var (settings, skipped) = Read(("  ", "3"));

            Assert.AreEqual(2, settings.MinimumQualifyingActions);
            StringAssert.StartsWith(skipped.Single(), "Falta la clave del ajuste. Ajustes conocidos: ");
        }

        [TestMethod]
        public void GoodRowsAreReadAsTheStrictReaderReadsThem()
        {
            var (settings, skipped) = Read(("C4.MinimumQualifyingActions", "1"), ("N4.NoteValidity", "24"), ("R1.Mailbox.nuble", "chillan@prochile.gob.cl"));

            Assert.AreEqual(0, skipped.Count);
            Assert.AreEqual(1, settings.MinimumQualifyingActions);
            Assert.AreEqual("24", settings.TextOf(SettingsCatalog.NoteValidityPeriod));
            Assert.AreEqual("chillan@prochile.gob.cl", settings.TextOf(SettingsCatalog.RegionMailboxes["nuble"]));
        }
    }

    [TestClass]
    public sealed class SettingsCatalogCheckTests
    {
        [TestMethod]
        public void CheckFindsAKnownKeyIgnoringCaseAndSpaces()
        {
            Assert.AreSame(SettingsCatalog.ActivityWindowMonths, SettingsCatalog.Check(" c4.ACTIVITYWINDOWMONTHS ", "12"));
        }

        [TestMethod]
        public void CheckAcceptsABlankValue_ItMeansTheDefault()
        {
            Assert.AreSame(SettingsCatalog.ActivityWindowMonths, SettingsCatalog.Check("C4.ActivityWindowMonths", " "));
        }

        [TestMethod]
        public void CheckRefusesAValueJustOutsideTheRange_AcceptsItsLimits()
        {
            Assert.AreSame(SettingsCatalog.ActivityWindowMonths, SettingsCatalog.Check("C4.ActivityWindowMonths", "1"));
            Assert.AreSame(SettingsCatalog.ActivityWindowMonths, SettingsCatalog.Check("C4.ActivityWindowMonths", "120"));
            var error = Assert.ThrowsExactly<InvalidSettingException>(() => SettingsCatalog.Check("C4.ActivityWindowMonths", "0"));
            Assert.AreEqual("0", error.Value);
        }

        [TestMethod]
        public void CheckRefusesAnUnknownKeyWithoutAValue()
        {
            var error = Assert.ThrowsExactly<InvalidSettingException>(() => SettingsCatalog.Check("C7.FormerUserYears", "3"));

            Assert.IsNull(error.Value);
            Assert.AreEqual("C7.FormerUserYears", error.SettingName);
        }

        [TestMethod]
        public void EverySettingHasASpanishAndAnEnglishMeaningAndWhatItAccepts()
        {
            foreach (var setting in SettingsCatalog.All)
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(setting.Description), setting.Name);
                Assert.IsFalse(string.IsNullOrWhiteSpace(setting.EnglishDescription), setting.Name);
                StringAssert.StartsWith(setting.Accepted, "se acepta", setting.Name);
                Assert.IsTrue(setting.Accepts(setting.DefaultText), setting.Name);
            }
        }
    }
}
