using System;
using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.FollowUps;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Tests.FollowUps
{
    [TestClass]
    public sealed class FollowUpPlannerTests
    {
        private const string Executive = "Ana Soto";

        private static FinishedActivity Activity(CivilDate endedOn, int? horizonMonths = null) =>
            new FinishedActivity("feria-2025-03", endedOn, Executive, horizonMonths);

        [TestMethod]
        public void F1_CategoryOneGetsATaskForTheExecutiveOnlyDueOneMonthAfterTheActivity()
        {
            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 3, 14), 3), PortfolioCategory.ExportaMas, false, RuleSettings.Defaults);

            Assert.AreEqual(1, plan.Due.Count);
            var task = plan.Due[0];
            Assert.AreEqual(FollowUpKind.ExecutiveTask, task.Kind);
            Assert.AreEqual(FollowUpRecipient.Executive, task.Recipient);
            Assert.AreEqual(Executive, task.Executive);
            Assert.AreEqual(new CivilDate(2025, 4, 14), task.DueOn);
            Assert.AreEqual("F1", task.Reason.RuleId);
        }

        [TestMethod]
        public void F1_TaskDelayComesFromItsSetting()
        {
            var settings = RuleSettings.FromOverrides(new Dictionary<string, string?> { ["F1.ExecutiveTaskDueMonths"] = "0" });

            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 3, 14)), PortfolioCategory.ExportaMas, false, settings);

            Assert.AreEqual(new CivilDate(2025, 3, 14), plan.Due[0].DueOn);
        }

        [TestMethod]
        [DataRow(PortfolioCategory.RegularWork)]
        [DataRow(PortfolioCategory.OccasionalWork)]
        public void F2_CategoriesTwoAndThreeGetTheCheckInAfterOneMonthAndTheClosedBusinessEmailAtTheSurveysHorizon(PortfolioCategory category)
        {
            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 3, 14), horizonMonths: 4), category, false, RuleSettings.Defaults);

            Assert.AreEqual(2, plan.Due.Count);
            var checkIn = plan.Due[0];
            Assert.AreEqual(FollowUpKind.CheckInEmail, checkIn.Kind);
            Assert.AreEqual(new CivilDate(2025, 4, 14), checkIn.DueOn);
            Assert.AreEqual(FollowUpRecipient.Company, checkIn.Recipient);
            Assert.AreEqual(Executive, checkIn.Executive);
            Assert.IsTrue(checkIn.OffersOptOut);
            var closedBusiness = plan.Due[1];
            Assert.AreEqual(FollowUpKind.ClosedBusinessEmail, closedBusiness.Kind);
            Assert.AreEqual(new CivilDate(2025, 7, 14), closedBusiness.DueOn);
            Assert.IsFalse(closedBusiness.OffersOptOut);
            Assert.AreEqual(
                "Correo a nombre de Ana Soto para saber si concretó negocios tras la actividad del 14-03-2025, según el plazo que la empresa indicó en la encuesta (4 meses).",
                closedBusiness.Reason.Text);
        }

        [TestMethod]
        public void F2_CheckInAfterAnActivityEndingOnThirtyFirstOfJanuaryFallsOnTheLastDayOfFebruary()
        {
            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 1, 31), 1), PortfolioCategory.RegularWork, false, RuleSettings.Defaults);

            Assert.AreEqual(new CivilDate(2025, 2, 28), plan.Due[0].DueOn);
        }

        [TestMethod]
        public void F2_WithoutAHorizonInTheSurveyTheClosedBusinessEmailUsesTheDefaultSetting()
        {
            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 3, 14)), PortfolioCategory.RegularWork, false, RuleSettings.Defaults);

            Assert.AreEqual(new CivilDate(2025, 9, 14), plan.Due[1].DueOn);
            StringAssert.EndsWith(plan.Due[1].Reason.Text, "la empresa no indicó plazo en la encuesta; se usa el ajuste F2.DefaultBusinessHorizonMonths (6 meses).");
        }

        [TestMethod]
        public void F2_CompanyThatOptedOutGetsNoCheckInButStillTheClosedBusinessEmail()
        {
            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 3, 14), 2), PortfolioCategory.OccasionalWork, true, RuleSettings.Defaults);

            Assert.AreEqual(1, plan.Due.Count);
            Assert.AreEqual(FollowUpKind.ClosedBusinessEmail, plan.Due[0].Kind);
            Assert.AreEqual(1, plan.LeftOut.Count);
            Assert.AreEqual("F2.CheckInOptedOut", plan.LeftOut[0].Code);
        }

        [TestMethod]
        public void F1_AccountOutsideThePortfolioGetsNoFollowUp()
        {
            var plan = FollowUpPlanner.ForFinishedActivity(Activity(new CivilDate(2025, 3, 14)), null, false, RuleSettings.Defaults);

            Assert.AreEqual(0, plan.Due.Count);
            Assert.AreEqual("F.NotInPortfolio", plan.LeftOut[0].Code);
        }

        [TestMethod]
        public void F2_ActivityWithoutAnExecutiveInChargeIsRefusedNamingIt()
        {
            var e = Assert.ThrowsExactly<ArgumentException>(() => new FinishedActivity("feria-2025-03", new CivilDate(2025, 3, 14), " ", null));

            StringAssert.StartsWith(e.Message, "La actividad «feria-2025-03» necesita el ejecutivo(a) a cargo de la empresa");
        }
    }
}
