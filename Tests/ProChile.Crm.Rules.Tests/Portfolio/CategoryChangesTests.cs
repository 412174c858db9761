using System;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using static ProChile.Crm.Rules.Tests.Portfolio.PortfolioFixtures;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    [TestClass]
    public sealed class CategoryChangesTests
    {
        private static readonly CivilDate March15 = new CivilDate(2025, 3, 15);
        private static readonly DateTime OptOutInstant = new DateTime(2025, 3, 15, 14, 30, 0, DateTimeKind.Utc);
        private const string Contact = "María Pérez (respuesta al correo de seguimiento)";

        private static AccountActions ManyActions() =>
            ActionsOn(new CivilDate(2024, 5, 1), new CivilDate(2024, 9, 1), new CivilDate(2025, 1, 10), new CivilDate(2025, 3, 1));

        [TestMethod]
        public void C5_OptOutInCategoryTwoDemotesToThreeWithAHistoryEntry()
        {
            var change = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions()), March15, OptOutInstant, Contact);

            Assert.AreEqual(PortfolioCategory.OccasionalWork, change.Decision.Category);
            Assert.IsTrue(change.State.DemotionLock);
            var entry = change.HistoryEntry!;
            Assert.AreEqual(OptOutInstant, entry.WhenUtc);
            Assert.AreEqual(PortfolioCategory.RegularWork, entry.From);
            Assert.AreEqual(PortfolioCategory.OccasionalWork, entry.To);
            Assert.AreEqual("C5.DemotedByOptOut", entry.Why.Code);
            Assert.AreEqual(Contact, entry.Who);
        }

        [TestMethod]
        public void C5_OptedOutCompanyWithManyActionsStaysInCategoryThree()
        {
            var demoted = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions()), March15, OptOutInstant, Contact);
            var moreActions = ManyActions()
                .With(Action("n1", 2025, 4, 2))
                .With(Action("n2", 2025, 5, 6))
                .With(Action("n3", 2025, 6, 9));

            var later = CategoryChanges.Recompute(Inputs(demoted.State, moreActions), PortfolioCategory.OccasionalWork, new CivilDate(2025, 6, 30), OptOutInstant.AddMonths(3), "sistema");

            Assert.AreEqual(PortfolioCategory.OccasionalWork, later.Decision.Category);
            Assert.AreEqual("C5.DemotedByOptOut", later.Decision.Reason.Code);
            Assert.IsNull(later.HistoryEntry);
        }

        [TestMethod]
        public void C5_LockAlsoHoldsAgainstAnEarlierManualCategoryTwo()
        {
            var manualTwo = new CategoryState(PortfolioCategory.RegularWork, false);

            var change = CategoryChanges.OptOut(Inputs(manualTwo, AccountActions.Empty), March15, OptOutInstant, Contact);

            Assert.AreEqual(PortfolioCategory.OccasionalWork, change.Decision.Category);
            Assert.AreEqual(PortfolioCategory.RegularWork, change.HistoryEntry!.From);
        }

        [TestMethod]
        public void C5_CategoryOneCompanyIsNeverDemoted()
        {
            var change = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions(), exportaMas: true), March15, OptOutInstant, Contact);

            Assert.AreEqual(PortfolioCategory.ExportaMas, change.Decision.Category);
            Assert.IsFalse(change.State.DemotionLock);
            Assert.IsNull(change.HistoryEntry);
        }

        [TestMethod]
        public void C5_CategoryThreeCompanyIsUntouchedByAnOptOut()
        {
            var state = CategoryState.Initial;

            var change = CategoryChanges.OptOut(Inputs(state, ActionsOn(new CivilDate(2025, 1, 10))), March15, OptOutInstant, Contact);

            Assert.AreEqual(PortfolioCategory.OccasionalWork, change.Decision.Category);
            Assert.AreSame(state, change.State);
            Assert.IsNull(change.HistoryEntry);
        }

        [TestMethod]
        public void C5_SecondOptOutChangesNothing()
        {
            var first = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions()), March15, OptOutInstant, Contact);

            var second = CategoryChanges.OptOut(Inputs(first.State, ManyActions()), March15, OptOutInstant.AddDays(30), Contact);

            Assert.AreSame(first.State, second.State);
            Assert.AreEqual(PortfolioCategory.OccasionalWork, second.Decision.Category);
            Assert.IsNull(second.HistoryEntry);
        }

        [TestMethod]
        public void C5_OptingBackInLiftsTheLockAndTheActivityRuleDecidesAgain()
        {
            var demoted = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions()), March15, OptOutInstant, Contact);
            var optInInstant = new DateTime(2025, 4, 2, 12, 0, 0, DateTimeKind.Utc);

            var change = CategoryChanges.OptIn(Inputs(demoted.State, ManyActions()), new CivilDate(2025, 4, 2), optInInstant, Contact);

            Assert.IsFalse(change.State.DemotionLock);
            Assert.AreEqual(PortfolioCategory.RegularWork, change.Decision.Category);
            var entry = change.HistoryEntry!;
            Assert.AreEqual(optInInstant, entry.WhenUtc);
            Assert.AreEqual(PortfolioCategory.OccasionalWork, entry.From);
            Assert.AreEqual(PortfolioCategory.RegularWork, entry.To);
            Assert.AreEqual("C5.OptIn", entry.Why.Code);
            StringAssert.StartsWith(entry.Why.Text, "La empresa volvió a aceptar el correo mensual de seguimiento; se levanta el bloqueo de la baja de categoría. Categoría 2: Trabajo Habitual: 4 acciones que suman entre el 03-04-2024 y el 02-04-2025");
        }

        [TestMethod]
        public void C5_ManualChangeByTheExecutiveLiftsTheLock()
        {
            var demoted = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions()), March15, OptOutInstant, Contact);

            var change = CategoryChanges.SetManually(Inputs(demoted.State, ManyActions()), PortfolioCategory.RegularWork, March15, OptOutInstant.AddHours(2), "Ejecutiva Ana Soto");

            Assert.IsFalse(change.State.DemotionLock);
            Assert.AreEqual(PortfolioCategory.RegularWork, change.State.ManualCategory);
            Assert.AreEqual(PortfolioCategory.RegularWork, change.Decision.Category);
            Assert.AreEqual("C4.ManualSet", change.HistoryEntry!.Why.Code);
            Assert.AreEqual("Ejecutiva Ana Soto", change.HistoryEntry.Who);
        }

        [TestMethod]
        public void C5_ManualChangeToTheSameCategoryLiftsTheLockWithoutAHistoryEntry()
        {
            var demoted = CategoryChanges.OptOut(Inputs(CategoryState.Initial, ManyActions()), March15, OptOutInstant, Contact);

            var change = CategoryChanges.SetManually(Inputs(demoted.State, ManyActions()), PortfolioCategory.OccasionalWork, March15, OptOutInstant.AddHours(2), "Ejecutiva Ana Soto");

            Assert.IsFalse(change.State.DemotionLock);
            Assert.AreEqual(PortfolioCategory.OccasionalWork, change.Decision.Category);
            Assert.IsNull(change.HistoryEntry);
        }

        [TestMethod]
        public void C4_SettingCategoryOneByHandIsRefused()
        {
            Assert.ThrowsExactly<CategoryChangeRefusedException>(() =>
                CategoryChanges.SetManually(Inputs(CategoryState.Initial, ManyActions()), PortfolioCategory.ExportaMas, March15, OptOutInstant, "Ejecutiva Ana Soto"));
        }

        [TestMethod]
        public void C4_ClearingTheManualCategoryHandsBackToTheActivityRule()
        {
            var manualThree = new CategoryState(PortfolioCategory.OccasionalWork, false);

            var change = CategoryChanges.ClearManual(Inputs(manualThree, ManyActions()), March15, OptOutInstant, "Ejecutiva Ana Soto");

            Assert.IsNull(change.State.ManualCategory);
            Assert.AreEqual(PortfolioCategory.RegularWork, change.Decision.Category);
            Assert.AreEqual("C4.ManualCleared", change.HistoryEntry!.Why.Code);
        }

        [TestMethod]
        public void C4_WindowSlidingPastAnActionIsRecordedAsAChangeFromTwoToThree()
        {
            var actions = ActionsOn(new CivilDate(2024, 4, 1), new CivilDate(2025, 1, 10));
            var when = new DateTime(2025, 4, 1, 4, 0, 0, DateTimeKind.Utc);

            var change = CategoryChanges.Recompute(Inputs(CategoryState.Initial, actions), PortfolioCategory.RegularWork, new CivilDate(2025, 4, 1), when, "sistema");

            Assert.AreEqual(PortfolioCategory.OccasionalWork, change.Decision.Category);
            Assert.AreEqual(PortfolioCategory.RegularWork, change.HistoryEntry!.From);
            Assert.AreEqual(PortfolioCategory.OccasionalWork, change.HistoryEntry.To);
            Assert.AreEqual("C4.Activity.Occasional", change.HistoryEntry.Why.Code);
        }
    }
}
