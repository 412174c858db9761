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

            var settings = SettingsReader.FromRows(new[] { row });

            Assert.AreEqual("chillan@prochile.gob.cl", settings.TextOf(SettingsCatalog.RegionMailboxes["nuble"]));
        }

        [TestMethod]
        public void ABlankValueKeepsTheDefault()
        {
            var row = new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.ActivityWindowMonths, [Setting.Value] = "  " };

            Assert.AreEqual(12, SettingsReader.FromRows(new[] { row }).ActivityWindowMonths);
        }

        [TestMethod]
        public void ABadValueIsRefusedNamingTheTableTheKeyAndWhatIsAccepted()
        {
            var row = new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.ActivityWindowMonths, [Setting.Value] = "doce" };

            var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => SettingsReader.FromRows(new[] { row }));

            Assert.AreEqual(
                "Revise la tabla de ajustes (pch_setting): El ajuste C4.ActivityWindowMonths (C4) tiene el valor «doce», que no es válido: se acepta un número entero de meses de 1 a 120. Valor por defecto: «12».",
                error.Message);
        }
    }
}
