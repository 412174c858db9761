using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Accounts;

namespace ProChile.Crm.Plugins.Tests.Accounts
{
    [TestClass]
    public sealed class CategoryHistoryPluginTests : PipelineTest
    {
        private Entity[] History(Guid accountId) => Org.InspectAll(CategoryHistory.EntityLogicalName)
            .Where(h => h.GetAttributeValue<EntityReference>(CategoryHistory.AccountId).Id == accountId)
            .ToArray();

        [TestMethod]
        public void C4_TheInitialCategoryIsRecordedFromNone()
        {
            var id = Service.Create(PortfolioAccount());

            var entry = History(id).Single();
            Assert.AreEqual("sin categoría → 3: Trabajo Esporádico", entry.GetAttributeValue<string>(CategoryHistory.Name));
            Assert.IsFalse(entry.Contains(CategoryHistory.FromCategory));
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(entry, CategoryHistory.ToCategory));
            Assert.AreEqual(Now, entry.GetAttributeValue<DateTime>(CategoryHistory.ChangedOn));
        }

        [TestMethod]
        public void C5_TheDemotionIsRecordedWithWhenFromToAndWhy_OneCreate()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            StartCounting();

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true });

            var demotion = History(id).Single(h => Choice(h, CategoryHistory.FromCategory) == (int)Choices.Category.TrabajoHabitual);
            Assert.AreEqual("2: Trabajo Habitual → 3: Trabajo Esporádico", demotion.GetAttributeValue<string>(CategoryHistory.Name));
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(demotion, CategoryHistory.ToCategory));
            StringAssert.StartsWith(demotion.GetAttributeValue<string>(CategoryHistory.Reason), "Categoría 3 (Trabajo Esporádico): bajó desde la 2");
            CollectionAssert.AreEqual(new[] { "Create pch_categoryhistory" }, CallsListBy<CategoryHistoryPlugin>());
        }

        [TestMethod]
        public void C5_ASecondOptOutChangesNothingAndRecordsNothing()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true });
            int entries = History(id).Length;
            StartCounting();

            Service.Update(new Entity(Account.EntityLogicalName, id) { [Account.FollowUpOptOut] = true });

            Assert.AreEqual(entries, History(id).Length);
            Assert.AreEqual(0, CallsBy<CategoryHistoryPlugin>());
        }
    }
}
