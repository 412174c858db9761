using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests.Actions
{
    /// <summary>
    /// The README's "Edits a user can make" rows for pch_action, in an organization whose step filters see only the
    /// columns the caller sent: each edit recomputes the company's C6/C7 facts, its category (C4) and its history.
    /// </summary>
    [TestClass]
    public sealed class ActionEditTests : PipelineTest
    {
        protected override bool FiltersSeeCallerColumnsOnly => true;

        private Entity StoredAccount(Guid id) => Stored(Account.EntityLogicalName, id);

        private int HistoryRows(Guid accountId) => Org.InspectAll(CategoryHistory.EntityLogicalName)
            .Count(h => h.GetAttributeValue<EntityReference>(CategoryHistory.AccountId).Id == accountId);

        private void Edit(Guid action, string column, object? value) => Service.Update(new Entity(ActionRecord.EntityLogicalName, action) { [column] = value });

        /// <summary>A category 2 company: two qualifying actions in the C4 window.</summary>
        private (Guid Account, Guid Recent) HabitualCompany()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));
            var recent = Service.Create(Action(id, new DateTime(2025, 2, 3)));
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(StoredAccount(id), Account.Category));
            return (id, recent);
        }

        [TestMethod]
        public void C4_MovingAnActionOutOfTheWindowDemotesTo3AndRecordsTheChange()
        {
            var (account, recent) = HabitualCompany();

            Edit(recent, ActionRecord.ActionDate, new DateTime(2020, 2, 3));

            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(StoredAccount(account), Account.Category));
            Assert.AreEqual(3, HistoryRows(account));
        }

        [TestMethod]
        public void C6_ClearingAnActionsDateLeavesItOutOfTheCountWithoutError()
        {
            var (account, recent) = HabitualCompany();

            Edit(recent, ActionRecord.ActionDate, null);

            var stored = StoredAccount(account);
            Assert.AreEqual(new DateTime(2024, 11, 5), stored.GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            Assert.AreEqual(2024, stored.GetAttributeValue<int>(Account.LastUserYear));
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(stored, Account.Category));
        }

        [TestMethod]
        public void C6_AnActionThatNoLongerQualifiesIsRecountedAndTheCategoryFollows()
        {
            var (account, recent) = HabitualCompany();

            Edit(recent, ActionRecord.Qualifies, false);

            var stored = StoredAccount(account);
            Assert.AreEqual(new DateTime(2024, 11, 5), stored.GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(stored, Account.Category));
        }

        [TestMethod]
        public void C6_ClearingAnActionsCompanyRecomputesTheCompanyItLeft()
        {
            var (account, recent) = HabitualCompany();

            Edit(recent, ActionRecord.AccountId, null);

            Assert.AreEqual(2024, StoredAccount(account).GetAttributeValue<int>(Account.LastUserYear));
            Assert.AreEqual((int)Choices.Category.TrabajoEsporadico, Choice(StoredAccount(account), Account.Category));
        }
    }
}
