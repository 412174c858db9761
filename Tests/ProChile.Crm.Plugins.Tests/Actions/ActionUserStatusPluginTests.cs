using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Actions;

namespace ProChile.Crm.Plugins.Tests.Actions
{
    [TestClass]
    public sealed class ActionUserStatusPluginTests : PipelineTest
    {
        [TestMethod]
        public void C6_AQualifyingActionMakesTheCompanyAUserOfItsYear_RetrieveQueryUpdate()
        {
            var id = Service.Create(PortfolioAccount());
            StartCounting();

            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual(new DateTime(2025, 2, 3), stored.GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            Assert.AreEqual(2025, stored.GetAttributeValue<int>(Account.LastUserYear));
            CollectionAssert.AreEqual(new[] { "Retrieve account", "RetrieveMultiple pch_action", "Update account" }, CallsListBy<ActionUserStatusPlugin>());
        }

        [TestMethod]
        public void C6_DeletingTheOnlyActionOfTheYearRemovesThatYearsUserStatus()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 6, 10)));
            var only2025 = Service.Create(Action(id, new DateTime(2025, 2, 3)));

            Service.Delete(ActionRecord.EntityLogicalName, only2025);

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual(new DateTime(2024, 6, 10), stored.GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            Assert.AreEqual(2024, stored.GetAttributeValue<int>(Account.LastUserYear));
        }

        [TestMethod]
        public void C6_AnActionThatDoesNotCountLeavesTheCompanyANonUser()
        {
            var id = Service.Create(PortfolioAccount());

            Service.Create(Action(id, new DateTime(2025, 2, 3), qualifies: false));

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.IsFalse(stored.Contains(Account.LastQualifyingAction));
            Assert.IsFalse(stored.Contains(Account.LastUserYear));
        }

        [TestMethod]
        public void C6_AChileanCompanyWithoutSiiStartOfActivitiesIsNotAUserThoughItWorkedWithProChile()
        {
            var account = PortfolioAccount();
            account[Account.SiiActivitiesStarted] = false;
            var id = Service.Create(account);

            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual(new DateTime(2025, 2, 3), stored.GetAttributeValue<DateTime>(Account.LastQualifyingAction).Date);
            Assert.IsFalse(stored.Contains(Account.LastUserYear));
        }

        [TestMethod]
        public void C6_MovingAnActionToAnotherCompanyRecomputesBoth_ThreeCallsEach()
        {
            var from = Service.Create(PortfolioAccount("Origen SpA"));
            var to = Service.Create(PortfolioAccount("Destino SpA"));
            var action = Service.Create(Action(from, new DateTime(2025, 2, 3)));
            StartCounting();

            Service.Update(new Entity(ActionRecord.EntityLogicalName, action) { [ActionRecord.AccountId] = new EntityReference(Account.EntityLogicalName, to) });

            Assert.IsFalse(Stored(Account.EntityLogicalName, from).Contains(Account.LastUserYear));
            Assert.AreEqual(2025, Stored(Account.EntityLogicalName, to).GetAttributeValue<int>(Account.LastUserYear));
            Assert.AreEqual(6, CallsBy<ActionUserStatusPlugin>());
        }

        [TestMethod]
        public void C4_TwoQualifyingActionsInTheWindowPromoteTo2AndTheChangeIsRecorded()
        {
            var id = Service.Create(PortfolioAccount());
            Service.Create(Action(id, new DateTime(2024, 11, 5)));

            Service.Create(Action(id, new DateTime(2025, 2, 3)));

            var stored = Stored(Account.EntityLogicalName, id);
            Assert.AreEqual((int)Choices.Category.TrabajoHabitual, Choice(stored, Account.Category));
            Assert.AreEqual(
                "Categoría 2: Trabajo Habitual: 2 acciones que suman entre el 11-03-2024 y el 10-03-2025 (12 meses); la categoría 2 requiere al menos 2 acciones.",
                stored.GetAttributeValue<string>(Account.CategoryReason));
            Assert.AreEqual(1, Org.InspectAll(CategoryHistory.EntityLogicalName)
                .Count(h => Choice(h, CategoryHistory.FromCategory) == (int)Choices.Category.TrabajoEsporadico && Choice(h, CategoryHistory.ToCategory) == (int)Choices.Category.TrabajoHabitual));
        }

        [TestMethod]
        public void BadInput_AnActionWithoutDateIsLeftOutOfTheCountWithoutError()
        {
            var id = Service.Create(PortfolioAccount());
            var action = Action(id, new DateTime(2025, 2, 3));
            action[ActionRecord.ActionDate] = null;

            Service.Create(action);

            Assert.IsFalse(Stored(Account.EntityLogicalName, id).Contains(Account.LastQualifyingAction));
        }

        [TestMethod]
        public void BadInput_AnActionWithoutCompanyIsANoOp()
        {
            var action = new Entity(ActionRecord.EntityLogicalName) { [ActionRecord.Name] = "Sin empresa", [ActionRecord.ActionDate] = new DateTime(2025, 2, 3) };
            StartCounting();

            Service.Create(action);

            Assert.AreEqual(0, CallsBy<ActionUserStatusPlugin>());
        }

        [TestMethod]
        public void Fault_AFailingAccountUpdateRollsBackTheActionItself()
        {
            var id = Service.Create(PortfolioAccount());
            Org.Faults.FailWhen(call => call.MessageName == "Update" && call.EntityName == Account.EntityLogicalName && call.Depth > 1, "tiempo de espera agotado");

            Refused(() => Service.Create(Action(id, new DateTime(2025, 2, 3))));

            Assert.AreEqual(0, Org.InspectAll(ActionRecord.EntityLogicalName).Count);
            Assert.IsFalse(Stored(Account.EntityLogicalName, id).Contains(Account.LastQualifyingAction));
        }
    }
}
