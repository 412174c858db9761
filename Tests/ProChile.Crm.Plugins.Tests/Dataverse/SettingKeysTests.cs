using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Plugins.Tests.Dataverse
{
    [TestClass]
    public sealed class SettingKeysTests
    {
        [TestMethod]
        public void EveryRuleSettingHasItsKeyInTheSchemaAndEverySchemaKeyIsARuleSetting()
        {
            var schemaKeys = typeof(SettingKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.Name != nameof(SettingKeys.RegionMailboxPrefix))
                .Select(f => (string)f.GetRawConstantValue()!)
                .OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
            var ruleKeys = SettingsCatalog.All.Select(s => s.Name).Where(k => !k.StartsWith(SettingKeys.RegionMailboxPrefix, System.StringComparison.Ordinal) || k == SettingKeys.RegistrationMailbox)
                .OrderBy(k => k, System.StringComparer.Ordinal).ToArray();

            CollectionAssert.AreEqual(ruleKeys, schemaKeys);
        }

        [TestMethod]
        public void R1_ARegionMailboxRowOverridesTheProtocolAddress()
        {
            var row = new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.RegionMailboxPrefix + "nuble", [Setting.Value] = "chillan@prochile.gob.cl" };

            var settings = SettingsReader.FromRows(new[] { row }, new RecordingTracing());

            Assert.AreEqual("chillan@prochile.gob.cl", settings.TextOf(SettingsCatalog.RegionMailboxes["nuble"]));
        }

        [TestMethod]
        public void ABlankValueKeepsTheDefault()
        {
            var row = new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.ActivityWindowMonths, [Setting.Value] = "  " };

            Assert.AreEqual(12, SettingsReader.FromRows(new[] { row }, new RecordingTracing()).ActivityWindowMonths);
        }

        [TestMethod]
        public void AStoredBadValueIsSkippedWithATraceNamingTheKeyAndWhatIsAccepted_TheDefaultApplies()
        {
            var row = new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.ActivityWindowMonths, [Setting.Value] = "doce" };
            var traces = new RecordingTracing();

            var settings = SettingsReader.FromRows(new[] { row }, traces);

            Assert.AreEqual(12, settings.ActivityWindowMonths);
            CollectionAssert.AreEqual(
                new[] { "Fila de pch_setting omitida, se usa el valor por defecto: El ajuste C4.ActivityWindowMonths (C4) tiene el valor «doce», que no es válido: se acepta un número entero de meses de 1 a 120. Valor por defecto: «12»." },
                traces.Lines);
        }

        [TestMethod]
        public void AStoredUnknownKeyIsSkippedWithATrace_TheOtherRowsStillApply()
        {
            var rows = new[]
            {
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = "C4.HabitualWindowMonths", [Setting.Value] = "6" },
                new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumQualifyingActions, [Setting.Value] = "3" },
            };
            var traces = new RecordingTracing();

            var settings = SettingsReader.FromRows(rows, traces);

            Assert.AreEqual(12, settings.ActivityWindowMonths);
            Assert.AreEqual(3, settings.MinimumQualifyingActions);
            Assert.AreEqual(1, traces.Lines.Count);
            StringAssert.StartsWith(traces.Lines[0], "Fila de pch_setting omitida, se usa el valor por defecto: «C4.HabitualWindowMonths» no es un ajuste conocido. Ajustes conocidos: C4.MinimumQualifyingActions, ");
        }

        [TestMethod]
        public void GoodRowsLeaveNoTrace()
        {
            var row = new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumQualifyingActions, [Setting.Value] = "3" };
            var traces = new RecordingTracing();

            SettingsReader.FromRows(new[] { row }, traces);

            Assert.AreEqual(0, traces.Lines.Count);
        }

        [TestMethod]
        public void NoRowsGiveTheProtocolDefaultsWithoutParsingAgain()
        {
            var traces = new RecordingTracing();

            Assert.AreSame(RuleSettings.Defaults, SettingsReader.FromRows(System.Array.Empty<Entity>(), traces));
            Assert.AreEqual(0, traces.Lines.Count);
        }
    }
}
