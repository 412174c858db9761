using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Settings;
using ProChile.Crm.Plugins.Accounts;

namespace ProChile.Crm.Plugins.Tests.Accounts
{
    [TestClass]
    public sealed class AccountClassificationPluginTests : PipelineTest
    {
        [TestMethod]
        public void C10_RutIsStoredInItsCanonicalForm()
        {
            var id = Service.Create(PortfolioAccount());

            Assert.AreEqual("76086428-5", Stored(Account.EntityLogicalName, id).GetAttributeValue<string>(Account.Rut));
        }

        [TestMethod]
        public void C10_WrongCheckDigitIsRefusedNamingTheFieldAndNothingIsSaved()
        {
            var account = PortfolioAccount();
            account[Account.Rut] = "76.086.428-4";

            var fault = Refused(() => Service.Create(account));

            StringAssert.StartsWith(fault.Detail.Message, "Campo RUT (pch_rut): El RUT «76.086.428-4» tiene un dígito verificador incorrecto: para el número 76.086.428 el dígito verificador es 5, no 4.");
            Assert.AreEqual(0, Org.InspectAll(Account.EntityLogicalName).Count);
        }

        [TestMethod]
        public void C10_ClearingTheRutIsAcceptedForAForeignCompany()
        {
            var id = Service.Create(PortfolioAccount());

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.Rut] = null });

            Assert.IsFalse(Stored(Account.EntityLogicalName, id).Contains(Account.Rut));
        }

        [TestMethod]
        public void C1_AccountWithoutRegionIsPotentialWithoutCategoryAndCostsNoCall()
        {
            var account = PortfolioAccount();
            account.Attributes.Remove(Account.Region);
            StartCounting();

            var id = Service.Create(account);

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Segment.Potential, Choice(stored, Account.Segment));
            Assert.AreEqual("Cuenta potencial: faltan datos obligatorios (campos con asterisco rojo en CRM).", stored.GetAttributeValue<string>(Account.SegmentReason));
            Assert.IsFalse(stored.Contains(Account.Category));
            Assert.AreEqual(0, CallsBy<AccountClassificationPlugin>());
        }

        [TestMethod]
        public void C3_LosingTheExecutivesValidationLeavesThePortfolioAndTheCategory()
        {
            var id = Service.Create(PortfolioAccount());

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.ValidatedBy] = null });

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Segment.OutsidePortfolio, Choice(stored, Account.Segment));
            Assert.AreEqual("NO CARTERA: falta la validación de su ejecutivo(a) regional.", stored.GetAttributeValue<string>(Account.SegmentReason));
            Assert.IsFalse(stored.Contains(Account.Category));
        }

        [TestMethod]
        public void C4_NewPortfolioAccountWithoutActionsIsCategory3WithTheWindowInItsReason_OneSettingsQuery()
        {
            StartCounting();

            var id = Service.Create(PortfolioAccount());

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Segment.Portfolio, Choice(stored, Account.Segment));
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(stored, Account.Category));
            Assert.AreEqual(
                "Categoría 3: Trabajo Esporádico: 0 acciones que suman entre el 11-03-2024 y el 10-03-2025 (12 meses); la categoría 2 requiere al menos 2 acciones.",
                stored.GetAttributeValue<string>(Account.CategoryReason));
            CollectionAssert.AreEqual(new[] { "RetrieveMultiple pch_setting" }, CallsListBy<AccountClassificationPlugin>());
        }

        [TestMethod]
        public void C4_SettingOverrideFromTheSettingsTableChangesTheActivityRule()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = SettingKeys.MinimumQualifyingActions, [Setting.Value] = "1" });
            var id = Service.Create(PortfolioAccount());

            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
        }

        // Issue 10, defect 8: one stored row with a typo used to stop every plugin that reads settings.
        [TestMethod]
        public void C4_AStoredSettingRowWithATypoIsSkippedWithATrace_TheDefaultApplies()
        {
            Org.Seed(new Entity(Setting.EntityLogicalName) { [Setting.Name] = "C4.MinimumQualifyingAction", [Setting.Value] = "1" });
            var id = Service.Create(PortfolioAccount());

            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            // The default (2 actions) applies: one action leaves the company in category 3.
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
            CollectionAssert.Contains(Org.Activity.TracesOf<AccountClassificationPlugin>().ToList(),
                "Fila de pch_setting omitida, se usa el valor por defecto: «C4.MinimumQualifyingAction» no es un ajuste conocido. Ajustes conocidos: " + string.Join(", ", SettingsCatalog.All.Select(s => s.Name)) + ".");
        }

        [TestMethod]
        public void C5_OptOutDemotesCategory2To3WithTheLockAndARecordedReason_TwoQueries()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
            StartCounting();

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true });

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(stored, Account.Category));
            Assert.IsTrue(stored.GetAttributeValue<bool>(Account.FollowUpOptOutLocked));
            StringAssert.StartsWith(stored.GetAttributeValue<string>(Account.CategoryReason), "Categoría 3 (Trabajo Esporádico): bajó desde la 2 porque pidió no recibir más el correo mensual de seguimiento.");
            CollectionAssert.AreEqual(new[] { "RetrieveMultiple pch_setting", "RetrieveMultiple pch_action" }, CallsListBy<AccountClassificationPlugin>());
        }

        [TestMethod]
        public void C5_ADemotedCompanyIsNotLiftedBackTo2ByMoreActions()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true });

            Service.Create(Action(id, new DateTime(2025, 3, 3)));

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
        }

        [TestMethod]
        public void C5_OptingBackInLiftsTheLockAndTheActivityRuleDecidesAgain()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true });

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = false });

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(stored, Account.Category));
            Assert.IsFalse(stored.GetAttributeValue<bool>(Account.FollowUpOptOutLocked));
        }

        [TestMethod]
        public void C4_ExecutiveMayNotSetCategory1ByHand()
        {
            var id = Service.Create(PortfolioAccount());

            var fault = Refused(() => Service.Update(new Entity(Account.EntityLogicalName, id)
            {
                [Account.CategorySetByHand] = true,
                [Account.Category] = new OptionSetValue((int)Choices.Category.ExportaMas),
            }));

            StringAssert.StartsWith(fault.Detail.Message, "La categoría 1 (Exporta Más) no se fija a mano");
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(Stored(Account.EntityLogicalName, id), Account.Category));
        }

        [TestMethod]
        public void C4_ExecutiveSetsCategory2ByHandAndTheReasonSaysSo()
        {
            var id = Service.Create(PortfolioAccount());

            Service.Update(new Entity(Account.EntityLogicalName, id)
            {
                [Account.CategorySetByHand] = true,
                [Account.Category] = new OptionSetValue((int)Choices.Category.TrabajoHabitual),
            });

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(stored, Account.Category));
            Assert.AreEqual("Categoría 2: Trabajo Habitual: fijada a mano por su ejecutivo(a).", stored.GetAttributeValue<string>(Account.CategoryReason));
        }

        [TestMethod]
        public void BadInput_ManualCategoryWithoutACategoryIsRefusedNamingTheColumn()
        {
            var id = Service.Create(PortfolioAccount());

            var fault = Refused(() => Service.Update(new Entity(Account.EntityLogicalName, id)
            {
                [Account.CategorySetByHand] = true,
                [Account.Category] = null,
            }));

            AssertNoNullReference(fault);
            StringAssert.Contains(fault.Detail.Message, "Falta el campo «pch_category»");
        }

        [TestMethod]
        public void BadInput_NullNameMakesThePortfolioAccountPotentialWithoutError()
        {
            var id = Service.Create(PortfolioAccount());

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.Name] = null });

            Assert.AreEqual((int)Choices.Segment.Potential, Choice(Stored(Account.EntityLogicalName, id), Account.Segment));
        }

        [TestMethod]
        public void Fault_HistoryWriteFailingRollsBackTheWholeOptOut()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            int historyBefore = Org.InspectAll(CategoryHistory.EntityLogicalName).Count;
            Org.Faults.FailWhen(call => call.MessageName == "Create" && call.EntityName == CategoryHistory.EntityLogicalName, "base de datos no disponible");

            Refused(() => Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true }));

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(stored, Account.Category));
            Assert.IsFalse(stored.GetAttributeValue<bool>(Account.FollowUpOptOut));
            Assert.IsFalse(stored.GetAttributeValue<bool>(Account.FollowUpOptOutLocked));
            Assert.AreEqual(historyBefore, Org.InspectAll(CategoryHistory.EntityLogicalName).Count);
        }

        [TestMethod]
        public void BadInput_ARegionGivenAsTextIsRefusedNamingTheColumnNeverANullReference()
        {
            var account = PortfolioAccount();
            account[Account.Region] = "Metropolitana";

            var fault = Refused(() => Service.Create(account));

            AssertNoNullReference(fault);
            StringAssert.Contains(fault.Detail.Message, "pch_region");
            Assert.AreEqual(0, Org.InspectAll(Account.EntityLogicalName).Count);
        }
    }
}
