using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Accounts;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Registration;

namespace ProChile.Crm.Plugins.Tests.Accounts
{
    /// <summary>
    /// The README's "Edits a user can make" rows for account, in an organization whose step filters see only the
    /// columns the caller sent (issue 10, defect 7): a change of category is recorded once whatever input caused it,
    /// without relying on the classification step having added the category to the Target.
    /// </summary>
    [TestClass]
    public sealed class AccountEditTests : PipelineTest
    {
        protected override bool FiltersSeeCallerColumnsOnly => true;

        private Entity[] History(Guid accountId) => Org.InspectAll(CategoryHistory.EntityLogicalName)
            .Where(h => h.GetAttributeValue<EntityReference>(CategoryHistory.AccountId).Id == accountId)
            .ToArray();

        private void Edit(Guid id, string column, object? value) => Service.Update(new Entity(Account.EntityLogicalName, id) { [column] = value });

        private Entity StoredAccount(Guid id) => Stored(Account.EntityLogicalName, id);

        [TestMethod]
        public void Issue10Defect7_ASecondQualifyingActionPromotesTo2AndTheHistoryRecordsExactlyThatChange()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Assert.AreEqual(1, History(id).Length);

            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(StoredAccount(id), Account.Category));
            var promotion = History(id).Single(h => Choice(h, CategoryHistory.FromCategory) == (int)Choices.Category.TrabajoEsporadico);
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(promotion, CategoryHistory.ToCategory));
            Assert.AreEqual(2, History(id).Length);
        }

        [TestMethod]
        public void Issue10Defect7_JoiningExportaMasChangesTheCategoryTo1AndWritesOneHistoryRow()
        {
            var id = Service.Create(PortfolioAccount());
            StartCounting();

            Edit(id, Account.ExportaMas, true);

            Assert.AreEqual((int)Choices.Category.ExportaMas, Choice(StoredAccount(id), Account.Category));
            Assert.AreEqual(2, History(id).Length);
            CollectionAssert.AreEqual(new[] { "Create pch_categoryhistory" }, CallsListBy<CategoryHistoryPlugin>());
        }

        [TestMethod]
        public void Issue10Defect7_AnInputEditThatKeepsTheCategoryWritesNoHistoryRow()
        {
            var id = Service.Create(PortfolioAccount());
            StartCounting();

            Edit(id, Account.StrategicSector, "Alimentos");

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(StoredAccount(id), Account.Category));
            Assert.AreEqual(1, History(id).Length);
            Assert.AreEqual(0, CallsBy<CategoryHistoryPlugin>());
        }

        [TestMethod]
        public void Issue10Defect7_TheHistoryStepFiltersOnEveryColumnThatCanChangeTheCategory()
        {
            string[] Filter(Type plugin) => StepDeclarationReader.Read(plugin).Single(s => s.Message == MessageName.Update).FilteringAttributes.ToArray();

            CollectionAssert.AreEquivalent(Filter(typeof(AccountClassificationPlugin)), Filter(typeof(CategoryHistoryPlugin)));
        }

        [TestMethod]
        public void C10_ChangingTheRutToAWrongCheckDigitIsRefusedNamingTheFieldAndTheRutStays()
        {
            var id = Service.Create(PortfolioAccount());

            var fault = Refused(() => Edit(id, Account.Rut, "76.086.428-4"));

            StringAssert.StartsWith(fault.Detail.Message, "Campo RUT (pch_rut): El RUT «76.086.428-4» tiene un dígito verificador incorrecto");
            Assert.AreEqual("76086428-5", StoredAccount(id).GetAttributeValue<string>(Account.Rut));
        }

        [TestMethod]
        public void C6_ClearingTheSiiStartOfAChileanCompanyRecomputesItsUserYearFromTheActions()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Assert.AreEqual(2025, StoredAccount(id).GetAttributeValue<int>(Account.LastUserYear));

            Edit(id, Account.SiiActivitiesStarted, false);

            Assert.IsFalse(StoredAccount(id).Contains(Account.LastUserYear));
        }

        [TestMethod]
        public void C6_ClearingTheRutMakesTheCompanyForeignAndItsUserYearIsRecomputed()
        {
            var account = PortfolioAccount();
            account[Account.SiiActivitiesStarted] = false;
            var id = Service.Create(account);
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Assert.IsFalse(StoredAccount(id).Contains(Account.LastUserYear));

            Edit(id, Account.Rut, null);

            Assert.AreEqual(2025, StoredAccount(id).GetAttributeValue<int>(Account.LastUserYear));
        }

        [TestMethod]
        public void C2_ClearingTheTelephoneTakesTheCompanyOutOfThePortfolioAndEmptiesItsCategory()
        {
            var id = Service.Create(PortfolioAccount());

            Edit(id, Account.Telephone, null);

            var stored = StoredAccount(id);
            Assert.AreNotEqual((int)Choices.Segment.Portfolio, Choice(stored, Account.Segment));
            Assert.IsFalse(stored.Contains(Account.Category));
            Assert.AreEqual(1, History(id).Length);
        }

        [TestMethod]
        public void C1_ClearingTheRegionMakesTheCompanyPotential()
        {
            var id = Service.Create(PortfolioAccount());

            Edit(id, Account.Region, null);

            var stored = StoredAccount(id);
            Assert.AreEqual((int)Choices.Segment.Potential, Choice(stored, Account.Segment));
            Assert.IsFalse(stored.Contains(Account.Category));
        }

        [TestMethod]
        public void C5_OptingOutOfCategory2WritesOneHistoryRowWithTheDemotion()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            Edit(id, Account.FollowUpOptOut, true);

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(StoredAccount(id), Account.Category));
            Assert.AreEqual(3, History(id).Length);
        }
    }
}
