using System;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using static ProChile.Crm.Rules.Tests.Portfolio.PortfolioFixtures;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class FormerUserRuleTests
    {
        [TestMethod]
        public void C7_LastWorkedExactlyThreeYearsAgoIsAFormerUser()
        {
            var actions = AccountActions.Of(new[] { Action("a", 2021, 4, 1), Action("b", 2022, 5, 10) });

            var decision = FormerUserRule.Decide(actions, new CivilDate(2025, 5, 10));

            Assert.IsTrue(decision.IsFormerUser);
            Assert.AreEqual(new CivilDate(2022, 5, 10), decision.LastWorkedOn);
            Assert.AreEqual("Antigua usuaria: trabajó con ProChile por última vez el 10-05-2022, hace 3 años o más (desde el 10-05-2025).", decision.Reason.Text);
        }

        [TestMethod]
        public void C7_OneDayShortOfThreeYearsIsNotAFormerUser()
        {
            var decision = FormerUserRule.Decide(AccountActions.Of(new[] { Action("b", 2022, 5, 10) }), new CivilDate(2025, 5, 9));

            Assert.IsFalse(decision.IsFormerUser);
            Assert.AreEqual("C7.RecentWork", decision.Reason.Code);
        }

        [TestMethod]
        public void C7_ActionOnTwentyNinthOfFebruaryReachesItsAnniversaryOnTheTwentyEighth()
        {
            var actions = AccountActions.Of(new[] { Action("a", 2024, 2, 29) });

            Assert.IsFalse(FormerUserRule.Decide(actions, new CivilDate(2027, 2, 27)).IsFormerUser);
            Assert.IsTrue(FormerUserRule.Decide(actions, new CivilDate(2027, 2, 28)).IsFormerUser);
        }

        [TestMethod]
        public void C7_CompanyThatNeverWorkedWithProChileIsNotAFormerUser()
        {
            var decision = FormerUserRule.Decide(AccountActions.Empty, new CivilDate(2025, 5, 10));

            Assert.IsFalse(decision.IsFormerUser);
            Assert.IsNull(decision.LastWorkedOn);
            Assert.AreEqual("C7.NeverWorked", decision.Reason.Code);
        }

        [TestMethod]
        public void C7_DeletingTheRecentActionMakesTheCompanyAFormerUserAgain()
        {
            var actions = AccountActions.Of(new[] { Action("old", 2020, 1, 15), Action("new", 2025, 1, 15) });
            var asOf = new CivilDate(2025, 6, 1);

            Assert.IsFalse(FormerUserRule.Decide(actions, asOf).IsFormerUser);
            Assert.IsTrue(FormerUserRule.Decide(actions.Without("new"), asOf).IsFormerUser);
        }

        [TestMethod]
        public void C7_NonQualifyingActionsDoNotCountAsWork()
        {
            var actions = AccountActions.Of(new[]
            {
                Action("old", 2020, 1, 15),
                new RegisteredAction("other", new CivilDate(2025, 1, 15), countsTowardsUserStatus: false, ActionRegistrar.RegionalExecutive),
            });

            Assert.IsTrue(FormerUserRule.Decide(actions, new CivilDate(2025, 6, 1)).IsFormerUser);
        }
    }
}
