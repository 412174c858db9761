using System;
using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;
using static ProChile.Crm.Rules.Tests.Portfolio.PortfolioFixtures;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class CategoryRuleTests
    {
        private static readonly CivilDate March15 = new CivilDate(2025, 3, 15);

        [TestMethod]
        public void C4_ExportaMasMemberIsCategoryOneWhateverItsActivity()
        {
            var decision = CategoryRule.Decide(Inputs(CategoryState.Initial, AccountActions.Empty, exportaMas: true), March15);

            Assert.AreEqual(PortfolioCategory.ExportaMas, decision.Category);
            Assert.AreEqual("C4.ExportaMas", decision.Reason.Code);
        }

        [TestMethod]
        public void C4_ExportaMasWinsOverAManualCategory()
        {
            var decision = CategoryRule.Decide(Inputs(new CategoryState(PortfolioCategory.OccasionalWork, false), AccountActions.Empty, exportaMas: true), March15);

            Assert.AreEqual(PortfolioCategory.ExportaMas, decision.Category);
        }

        [TestMethod]
        public void C4_TwoQualifyingActionsInTwelveMonthsGiveCategoryTwo()
        {
            var actions = ActionsOn(new CivilDate(2024, 6, 1), new CivilDate(2025, 1, 20));

            var decision = CategoryRule.Decide(Inputs(CategoryState.Initial, actions), March15);

            Assert.AreEqual(PortfolioCategory.RegularWork, decision.Category);
            Assert.AreEqual("C4.Activity.Regular", decision.Reason.Code);
            Assert.AreEqual(
                "Categoría 2: Trabajo Habitual: 2 acciones que suman entre el 16-03-2024 y el 15-03-2025 (12 meses); la categoría 2 requiere al menos 2 acciones.",
                decision.Reason.Text);
        }

        [TestMethod]
        public void C4_OneQualifyingActionGivesCategoryThree()
        {
            var decision = CategoryRule.Decide(Inputs(CategoryState.Initial, ActionsOn(new CivilDate(2025, 1, 20))), March15);

            Assert.AreEqual(PortfolioCategory.OccasionalWork, decision.Category);
            Assert.AreEqual(
                "Categoría 3: Trabajo Esporádico: 1 acción que suma entre el 16-03-2024 y el 15-03-2025 (12 meses); la categoría 2 requiere al menos 2 acciones.",
                decision.Reason.Text);
        }

        [TestMethod]
        public void C4_WindowIncludesTheEvaluationDateAndExcludesTheSameDateAYearEarlier()
        {
            var edges = ActionsOn(new CivilDate(2024, 3, 15), new CivilDate(2025, 3, 15));
            var justInside = ActionsOn(new CivilDate(2024, 3, 16), new CivilDate(2025, 3, 15));

            Assert.AreEqual(PortfolioCategory.OccasionalWork, CategoryRule.Decide(Inputs(CategoryState.Initial, edges), March15).Category);
            Assert.AreEqual(PortfolioCategory.RegularWork, CategoryRule.Decide(Inputs(CategoryState.Initial, justInside), March15).Category);
        }

        [TestMethod]
        public void C4_ActionsAfterTheEvaluationDateDoNotCountYet()
        {
            var actions = ActionsOn(new CivilDate(2025, 1, 20), new CivilDate(2025, 3, 16));

            Assert.AreEqual(PortfolioCategory.OccasionalWork, CategoryRule.Decide(Inputs(CategoryState.Initial, actions), March15).Category);
        }

        [TestMethod]
        public void C6_ActionsThatDoNotCountForUserStatusDoNotCountForTheCategory()
        {
            var actions = AccountActions.Of(new[]
            {
                new RegisteredAction("a", new CivilDate(2025, 1, 10), countsTowardsUserStatus: true, ActionRegistrar.CommercialExecutive),
                new RegisteredAction("b", new CivilDate(2025, 2, 10), countsTowardsUserStatus: false, ActionRegistrar.RegionalExecutive),
                new RegisteredAction("c", new CivilDate(2025, 2, 11), countsTowardsUserStatus: true, ActionRegistrar.Other),
            });

            Assert.AreEqual(PortfolioCategory.OccasionalWork, CategoryRule.Decide(Inputs(CategoryState.Initial, actions), March15).Category);
        }

        [TestMethod]
        public void C4_ManualCategoryThreeWinsOverManyActions()
        {
            var actions = ActionsOn(new CivilDate(2025, 1, 1), new CivilDate(2025, 2, 1), new CivilDate(2025, 3, 1));

            var decision = CategoryRule.Decide(Inputs(new CategoryState(PortfolioCategory.OccasionalWork, false), actions), March15);

            Assert.AreEqual(PortfolioCategory.OccasionalWork, decision.Category);
            Assert.AreEqual("Categoría 3: Trabajo Esporádico: fijada a mano por su ejecutivo(a).", decision.Reason.Text);
        }

        [TestMethod]
        public void C4_ManualCategoryTwoWinsOverNoActivity()
        {
            var decision = CategoryRule.Decide(Inputs(new CategoryState(PortfolioCategory.RegularWork, false), AccountActions.Empty), March15);

            Assert.AreEqual(PortfolioCategory.RegularWork, decision.Category);
            Assert.AreEqual("C4.Manual", decision.Reason.Code);
        }

        [TestMethod]
        public void C4_ManualCategoryOneIsRefusedBecauseItFollowsExportaMas()
        {
            var e = Assert.ThrowsExactly<CategoryChangeRefusedException>(() => new CategoryState(PortfolioCategory.ExportaMas, false));

            Assert.AreEqual(PortfolioCategory.ExportaMas, e.Requested);
            StringAssert.StartsWith(e.Message, "La categoría 1 (Exporta Más) no se fija a mano");
        }

        [TestMethod]
        public void C4_ThresholdAndWindowComeFromTheSettings()
        {
            var settings = RuleSettings.FromOverrides(new Dictionary<string, string?>
            {
                ["C4.MinimumQualifyingActions"] = "3",
                ["C4.ActivityWindowMonths"] = "6",
            });
            var threeInSixMonths = ActionsOn(new CivilDate(2024, 9, 16), new CivilDate(2024, 12, 1), new CivilDate(2025, 3, 15));
            var oneOlder = ActionsOn(new CivilDate(2024, 9, 15), new CivilDate(2024, 12, 1), new CivilDate(2025, 3, 15));

            Assert.AreEqual(PortfolioCategory.RegularWork, CategoryRule.Decide(new CategoryInputs(false, CategoryState.Initial, threeInSixMonths, settings), March15).Category);
            Assert.AreEqual(PortfolioCategory.OccasionalWork, CategoryRule.Decide(new CategoryInputs(false, CategoryState.Initial, oneOlder, settings), March15).Category);
        }

        [TestMethod]
        public void C4_OnlyPortfolioAccountsCarryACategory()
        {
            var potential = new AccountProfile { IsActive = true };
            var member = new AccountProfile
            {
                RequiredDataComplete = true, ContactDataComplete = true, IsActive = true, ValidatedByRegionalExecutive = true,
                ExportsOrHasExportCapacity = true, InStrategicSector = true,
            };
            var actions = ActionsOn(new CivilDate(2025, 1, 1), new CivilDate(2025, 2, 1));

            var outside = AccountClassifier.Classify(potential, CategoryState.Initial, actions, March15, RuleSettings.Defaults);
            var inside = AccountClassifier.Classify(member, CategoryState.Initial, actions, March15, RuleSettings.Defaults);

            Assert.AreEqual(AccountSegment.Potential, outside.Segment.Segment);
            Assert.IsNull(outside.Category);
            Assert.AreEqual(AccountSegment.Portfolio, inside.Segment.Segment);
            Assert.AreEqual(PortfolioCategory.RegularWork, inside.Category!.Category);
        }
    }
}
