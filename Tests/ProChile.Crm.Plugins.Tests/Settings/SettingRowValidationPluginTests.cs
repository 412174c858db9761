using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Settings;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Plugins.Tests.Settings
{
    /// <summary>A pch_setting row is checked when saved: the edits an admin can make, each with its outcome.</summary>
    [TestClass]
    public sealed class SettingRowValidationPluginTests : PipelineTest
    {
        private static readonly string KnownKeys = string.Join(", ", SettingsCatalog.All.Select(s => s.Name));

        private static Entity Row(string? key, string? value) => new Entity(Setting.EntityLogicalName) { [Setting.Name] = key, [Setting.Value] = value };

        private Entity StoredRow(System.Guid id) => Stored(Setting.EntityLogicalName, id);

        [TestMethod]
        public void AnUnknownKeyIsRefusedListingTheKnownKeys_NothingIsSaved_NoCall()
        {
            StartCounting();

            var fault = Refused(() => Service.Create(Row("C4.HabitualMinimumActions", "2")));

            Assert.AreEqual($"Campo «Clave» (pch_name): «C4.HabitualMinimumActions» no es un ajuste conocido. Ajustes conocidos: {KnownKeys}.", fault.Detail.Message);
            Assert.AreEqual(0, Org.InspectAll(Setting.EntityLogicalName).Count);
            Assert.AreEqual(0, CallsBy<SettingRowValidationPlugin>());
        }

        [TestMethod]
        public void AValueOutOfRangeIsRefusedSayingWhatIsAcceptedAndTheDefault()
        {
            var fault = Refused(() => Service.Create(Row(SettingKeys.ActivityWindowMonths, "121")));

            Assert.AreEqual(
                "Campo «Valor» (pch_value): El ajuste C4.ActivityWindowMonths (C4) tiene el valor «121», que no es válido: se acepta un número entero de meses de 1 a 120. Valor por defecto: «12».",
                fault.Detail.Message);
        }

        [TestMethod]
        public void TheValuesAtTheLimitsOfTheRangeAreAccepted()
        {
            Service.Create(Row(SettingKeys.ActivityWindowMonths, "120"));
            Service.Create(Row(SettingKeys.BusinessDaysAtRisk, "0"));

            Assert.AreEqual(2, Org.InspectAll(Setting.EntityLogicalName).Count);
        }

        [TestMethod]
        public void AKeyTypedInOtherCaseOrWithSpacesIsStoredAsTheCatalogSpellsIt_WithItsRule()
        {
            var id = Service.Create(Row("  c4.activitywindowmonths ", "6"));

            Assert.AreEqual(SettingKeys.ActivityWindowMonths, StoredRow(id).GetAttributeValue<string>(Setting.Name));
            Assert.AreEqual("C4", StoredRow(id).GetAttributeValue<string>(Setting.Rule));
        }

        [TestMethod]
        public void AnEmptyKeyIsRefusedListingTheKnownKeys()
        {
            var fault = Refused(() => Service.Create(Row(null, "2")));

            Assert.AreEqual($"Campo «Clave» (pch_name): Falta la clave del ajuste. Ajustes conocidos: {KnownKeys}.", fault.Detail.Message);
        }

        [TestMethod]
        public void ClearingTheKeyOfAStoredRowIsRefused_TheRowKeepsIt()
        {
            var id = Service.Create(Row(SettingKeys.MinimumQualifyingActions, "3"));

            var fault = Refused(() => Service.Update(new Entity(Setting.EntityLogicalName, id) { [Setting.Name] = null }));

            StringAssert.StartsWith(fault.Detail.Message, "Campo «Clave» (pch_name): Falta la clave del ajuste.");
            Assert.AreEqual(SettingKeys.MinimumQualifyingActions, StoredRow(id).GetAttributeValue<string>(Setting.Name));
        }

        [TestMethod]
        public void ChangingTheKeyToAnUnknownOneIsRefused()
        {
            var id = Service.Create(Row(SettingKeys.MinimumQualifyingActions, "3"));

            var fault = Refused(() => Service.Update(new Entity(Setting.EntityLogicalName, id) { [Setting.Name] = "C7.FormerUserYears" }));

            StringAssert.StartsWith(fault.Detail.Message, "Campo «Clave» (pch_name): «C7.FormerUserYears» no es un ajuste conocido.");
        }

        [TestMethod]
        public void ChangingTheKeyToOneWhoseSettingRefusesTheStoredValueIsRefused()
        {
            var id = Service.Create(Row(SettingKeys.ActivityWindowMonths, "60"));

            var fault = Refused(() => Service.Update(new Entity(Setting.EntityLogicalName, id) { [Setting.Name] = SettingKeys.BusinessDaysAtRisk }));

            StringAssert.StartsWith(fault.Detail.Message, "Campo «Valor» (pch_value): El ajuste D6.BusinessDaysAtRisk (D6) tiene el valor «60», que no es válido: se acepta un número entero de días hábiles de 0 a 30.");
        }

        [TestMethod]
        public void ChangingTheValueOutOfRangeIsRefused_TheStoredValueStays()
        {
            var id = Service.Create(Row(SettingKeys.ShareOfSpanAtRisk, "0.5"));

            var fault = Refused(() => Service.Update(new Entity(Setting.EntityLogicalName, id) { [Setting.Value] = "1.5" }));

            StringAssert.StartsWith(fault.Detail.Message, "Campo «Valor» (pch_value): El ajuste D6.ShareOfSpanAtRisk (D6)");
            Assert.AreEqual("0.5", StoredRow(id).GetAttributeValue<string>(Setting.Value));
        }

        [TestMethod]
        public void ClearingTheValueIsAcceptedAndMeansTheDefault()
        {
            var id = Service.Create(Row(SettingKeys.ActivityWindowMonths, "6"));

            Service.Update(new Entity(Setting.EntityLogicalName, id) { [Setting.Value] = null });

            Assert.IsFalse(StoredRow(id).Contains(Setting.Value));
            Assert.AreEqual(12, ProChile.Crm.Dataverse.Settings.SettingsReader.FromRows(Org.InspectAll(Setting.EntityLogicalName), new NoTraces()).ActivityWindowMonths);
        }

        [TestMethod]
        public void AnAcceptedChangeOfValueIsSavedAndReadByThePlugins()
        {
            var id = Service.Create(Row(SettingKeys.MinimumQualifyingActions, "3"));

            Service.Update(new Entity(Setting.EntityLogicalName, id) { [Setting.Value] = "1" });

            Assert.AreEqual(1, ProChile.Crm.Dataverse.Settings.SettingsReader.FromRows(Org.InspectAll(Setting.EntityLogicalName), new NoTraces()).MinimumQualifyingActions);
        }

        private sealed class NoTraces : ITracingService
        {
            public void Trace(string format, params object[] args) => Assert.Fail("a good row left a trace: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
        }
    }
}
