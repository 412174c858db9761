using System;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using static ProChile.Crm.Rules.Tests.Portfolio.PortfolioFixtures;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class UserOfTheYearRuleTests
    {
        private static readonly UserEligibility ChileanWithSii = new UserEligibility { Origin = CompanyOrigin.Chilean, HasSiiActivityStart = true };

        [TestMethod]
        public void C6_ChileanCompanyWithSiiStartAndOneActionInTheYearIsAUser()
        {
            var decision = UserOfTheYearRule.Decide(ChileanWithSii, AccountActions.Of(new[] { Action("a", 2024, 12, 31) }), 2024);

            Assert.IsTrue(decision.IsUser);
            Assert.AreEqual("Empresa usuaria en 2024: 1 acción que suma registrada en el año.", decision.Reason.Text);
        }

        [TestMethod]
        public void C6_ActionOnFirstOfJanuaryCountsForTheNewYearOnly()
        {
            var actions = AccountActions.Of(new[] { Action("a", 2025, 1, 1) });

            Assert.IsFalse(UserOfTheYearRule.Decide(ChileanWithSii, actions, 2024).IsUser);
            Assert.IsTrue(UserOfTheYearRule.Decide(ChileanWithSii, actions, 2025).IsUser);
        }

        [TestMethod]
        public void C6_ChileanCompanyWithoutSiiActivityStartIsNotAUser()
        {
            var company = new UserEligibility { Origin = CompanyOrigin.Chilean, HasSiiActivityStart = false };

            var decision = UserOfTheYearRule.Decide(company, AccountActions.Of(new[] { Action("a", 2024, 5, 5) }), 2024);

            Assert.IsFalse(decision.IsUser);
            Assert.AreEqual("C6.NoSiiActivityStart", decision.Reason.Code);
        }

        [TestMethod]
        public void C6_ForeignCompanyNeedsRegistrationByTheCommercialOfficeNotSii()
        {
            var actions = AccountActions.Of(new[] { new RegisteredAction("a", new CivilDate(2024, 5, 5), true, ActionRegistrar.CommercialExecutive) });
            var registered = new UserEligibility { Origin = CompanyOrigin.Foreign, RegisteredByCommercialOffice = true };
            var unregistered = new UserEligibility { Origin = CompanyOrigin.Foreign, RegisteredByCommercialOffice = false };

            Assert.IsTrue(UserOfTheYearRule.Decide(registered, actions, 2024).IsUser);
            Assert.AreEqual("C6.NotRegisteredByCommercialOffice", UserOfTheYearRule.Decide(unregistered, actions, 2024).Reason.Code);
        }

        [TestMethod]
        public void C6_ActionRegisteredByNeitherARegionalNorACommercialExecutiveDoesNotCount()
        {
            var actions = AccountActions.Of(new[] { new RegisteredAction("a", new CivilDate(2024, 5, 5), true, ActionRegistrar.Other) });

            var decision = UserOfTheYearRule.Decide(ChileanWithSii, actions, 2024);

            Assert.IsFalse(decision.IsUser);
            Assert.AreEqual("C6.NoActionInYear", decision.Reason.Code);
        }

        [TestMethod]
        public void C6_AddingAnActionInANewYearGainsThatYear()
        {
            var before = AccountActions.Of(new[] { Action("a", 2023, 6, 1) });
            var after = before.With(Action("b", 2024, 2, 1));

            var change = UserOfTheYearRule.Compare(ChileanWithSii, before, after);

            CollectionAssert.AreEqual(new[] { 2024 }, (System.Collections.ICollection)change.Gained);
            Assert.AreEqual(0, change.Lost.Count);
        }

        [TestMethod]
        public void C6_RedatingTheOnlyActionFromDecemberToJanuaryMovesTheUserYear()
        {
            var before = AccountActions.Of(new[] { Action("a", 2024, 12, 30) });
            var after = before.Redated("a", new CivilDate(2025, 1, 3));

            var change = UserOfTheYearRule.Compare(ChileanWithSii, before, after);

            CollectionAssert.AreEqual(new[] { 2025 }, (System.Collections.ICollection)change.Gained);
            CollectionAssert.AreEqual(new[] { 2024 }, (System.Collections.ICollection)change.Lost);
            Assert.IsFalse(UserOfTheYearRule.Decide(ChileanWithSii, after, 2024).IsUser);
        }

        [TestMethod]
        public void C6_DeletingTheOnlyActionOfAYearRemovesThatYearsStatus()
        {
            var before = AccountActions.Of(new[] { Action("a", 2023, 6, 1), Action("b", 2024, 3, 1) });
            var after = before.Without("b");

            var change = UserOfTheYearRule.Compare(ChileanWithSii, before, after);

            Assert.AreEqual(0, change.Gained.Count);
            CollectionAssert.AreEqual(new[] { 2024 }, (System.Collections.ICollection)change.Lost);
            Assert.IsFalse(UserOfTheYearRule.Decide(ChileanWithSii, after, 2024).IsUser);
            CollectionAssert.AreEqual(new[] { 2023 }, (System.Collections.ICollection)UserOfTheYearRule.UserYears(ChileanWithSii, after));
        }

        [TestMethod]
        public void C6_DeletingOneOfTwoActionsOfAYearKeepsThatYear()
        {
            var before = AccountActions.Of(new[] { Action("a", 2024, 2, 1), Action("b", 2024, 3, 1) });

            var change = UserOfTheYearRule.Compare(ChileanWithSii, before, before.Without("a"));

            Assert.IsTrue(change.IsEmpty);
        }

        [TestMethod]
        public void C6_RedatingOrDeletingAnUnknownActionIsRefusedNamingIt()
        {
            var actions = AccountActions.Of(new[] { Action("a", 2024, 2, 1) });

            var e = Assert.ThrowsExactly<ArgumentException>(() => actions.Without("zz"));

            StringAssert.StartsWith(e.Message, "La acción «zz» no está registrada para esta cuenta.");
        }
    }
}
