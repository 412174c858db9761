using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Tests.Settings
{
    [TestClass]
    public sealed class RuleSettingsTests
    {
        private static RuleSettings With(string name, string? value) =>
            RuleSettings.FromOverrides(new Dictionary<string, string?> { [name] = value });

        [TestMethod]
        public void DefaultsAreTheProtocolsAndTheDocumentedInterpretations()
        {
            var settings = RuleSettings.Defaults;

            Assert.AreEqual(2, settings.MinimumQualifyingActions);
            Assert.AreEqual(12, settings.ActivityWindowMonths);
            Assert.AreEqual(1, settings.DeadlineWarnings.BusinessDaysAtRisk);
            Assert.AreEqual(0.25, settings.DeadlineWarnings.ShareOfSpanAtRisk);
            Assert.AreEqual(30, settings.MinimumLeadDays);
            Assert.AreEqual(3, settings.CertifiedLetterLagDays);
            Assert.AreSame(NoteValidity.UntilWithdrawn, settings.NoteValidity);
            Assert.AreEqual(1, settings.ExecutiveTaskDueMonths);
            Assert.AreEqual(6, settings.DefaultBusinessHorizonMonths);
        }

        [TestMethod]
        public void EverySettingNamesItsRuleIdAndItsNameStartsWithIt()
        {
            foreach (var setting in SettingsCatalog.All)
            {
                StringAssert.StartsWith(setting.Name, setting.RuleId + ".");
            }
            Assert.AreEqual(SettingsCatalog.All.Count, SettingsCatalog.All.Select(s => s.Name).Distinct().Count());
        }

        [TestMethod]
        public void C4_OverrideReplacesTheDefaultAndNamesAreMatchedIgnoringCase()
        {
            Assert.AreEqual(3, With("c4.minimumqualifyingactions", " 3 ").MinimumQualifyingActions);
        }

        [TestMethod]
        public void D6_EveryAlertIsOnByDefault_AndNoOrFalseTurnsOneOff()
        {
            var defaults = RuleSettings.Defaults.Alerts;
            Assert.IsTrue(defaults.TaskAtRisk && defaults.TaskOverdue && defaults.EmailOverdue && defaults.TaskDefenceFiled && defaults.TaskDefenceLapsed);

            Assert.IsFalse(With("D6.AlertTaskAtRisk", "no").Alerts.TaskAtRisk);
            Assert.IsFalse(With("D6.AlertEmailOverdue", "False").Alerts.EmailOverdue);
            Assert.IsTrue(With("D6.AlertEmailOverdue", "Sí").Alerts.EmailOverdue);
            Assert.IsTrue(With("D6.AlertEmailOverdue", "no").Alerts.TaskOverdue);
        }

        [TestMethod]
        public void D6_AnAlertSwitchOtherThanSiOrNoIsRefusedNamingTheValue()
        {
            var error = Assert.ThrowsExactly<InvalidSettingException>(() => With("D6.AlertTaskOverdue", "quizás"));

            Assert.AreEqual("El ajuste D6.AlertTaskOverdue (D6) tiene el valor «quizás», que no es válido: se acepta «sí» o «no». Valor por defecto: «sí».", error.Message);
        }

        [TestMethod]
        public void BlankOverrideMeansTheDefault()
        {
            Assert.AreEqual(12, With("C4.ActivityWindowMonths", "  ").ActivityWindowMonths);
        }

        [TestMethod]
        [DataRow("0.5", 0.5)]
        [DataRow("0,5", 0.5)]
        [DataRow("50%", 0.5)]
        [DataRow("10 %", 0.1)]
        [DataRow("0", 0.0)]
        [DataRow("1", 1.0)]
        public void D6_WarningShareAcceptsDecimalPointCommaOrPercent(string text, double expected)
        {
            Assert.AreEqual(expected, With("D6.ShareOfSpanAtRisk", text).DeadlineWarnings.ShareOfSpanAtRisk, 1e-12);
        }

        [TestMethod]
        public void D6_BusinessDaysAtRiskOverrideReachesTheDeadlineWarnings()
        {
            Assert.AreEqual(2, With("D6.BusinessDaysAtRisk", "2").DeadlineWarnings.BusinessDaysAtRisk);
        }

        [TestMethod]
        public void N4_NoteValidityAcceptsUntilWithdrawnOrMonths()
        {
            Assert.AreEqual(24, With("N4.NoteValidity", "24").NoteValidity.Months);
            Assert.IsNull(With("N4.NoteValidity", "HASTA-RETIRO").NoteValidity.Months);
        }

        [TestMethod]
        public void BadValueIsRefusedNamingTheSettingTheValueAndWhatIsAccepted()
        {
            var e = Assert.ThrowsExactly<InvalidSettingException>(() => With("N2.CertifiedLetterLagDays", "tres"));

            Assert.AreEqual("N2.CertifiedLetterLagDays", e.SettingName);
            Assert.AreEqual("tres", e.Value);
            Assert.AreEqual(
                "El ajuste N2.CertifiedLetterLagDays (N2) tiene el valor «tres», que no es válido: se acepta un número entero de días de 0 a 30. Valor por defecto: «3».",
                e.Message);
        }

        [TestMethod]
        [DataRow("C4.MinimumQualifyingActions", "0")]
        [DataRow("C4.MinimumQualifyingActions", "-1")]
        [DataRow("C4.MinimumQualifyingActions", "2.5")]
        [DataRow("D6.ShareOfSpanAtRisk", "1.5")]
        [DataRow("D6.ShareOfSpanAtRisk", "-0.1")]
        [DataRow("D6.ShareOfSpanAtRisk", "120%")]
        [DataRow("D6.BusinessDaysAtRisk", "uno")]
        [DataRow("N4.NoteValidity", "0")]
        [DataRow("N4.NoteValidity", "para siempre")]
        public void OutOfRangeValuesAreRefused(string name, string value)
        {
            Assert.ThrowsExactly<InvalidSettingException>(() => With(name, value));
        }

        [TestMethod]
        public void UnknownSettingNameIsRefusedListingTheKnownOnes()
        {
            var e = Assert.ThrowsExactly<InvalidSettingException>(() => With("C4.MinActions", "3"));

            StringAssert.StartsWith(e.Message, "«C4.MinActions» no es un ajuste conocido. Ajustes conocidos: C4.MinimumQualifyingActions, C4.ActivityWindowMonths,");
        }

        [TestMethod]
        public void SameSettingTwiceIsRefused()
        {
            var overrides = new[]
            {
                new KeyValuePair<string, string?>("C4.ActivityWindowMonths", "6"),
                new KeyValuePair<string, string?>("c4.activitywindowmonths", "9"),
            };

            var e = Assert.ThrowsExactly<InvalidSettingException>(() => RuleSettings.FromOverrides(overrides));

            Assert.AreEqual("El ajuste «C4.ActivityWindowMonths» aparece más de una vez; deje un solo valor.", e.Message);
        }

        [TestMethod]
        public void TextOfGivesTheOverrideOrTheDefault()
        {
            var settings = With("C4.ActivityWindowMonths", "6");

            Assert.AreEqual("6", settings.TextOf(SettingsCatalog.ActivityWindowMonths));
            Assert.AreEqual("2", settings.TextOf(SettingsCatalog.MinimumQualifyingActions));
        }
    }
}
