using System;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.BehaviourNotes
{
    [TestClass]
    public sealed class NotePriorityRuleTests
    {
        private static readonly OfficeCalendar Valparaiso = TestCalendars.For(Offices.Valparaiso);
        private static readonly DateTime Request = new DateTime(2025, 6, 2, 15, 0, 0, DateTimeKind.Utc);

        private static BehaviourNote UpheldNote(string id) =>
            BehaviourNote.Draft(id).Notify(new CivilDate(2025, 3, 3), Valparaiso, RuleSettings.Defaults).UpholdIfDefenceLapsed(new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc));

        [TestMethod]
        public void N4_NoteInForceAndHighDemandMarketMeansNotPrioritised()
        {
            var decision = NotePriorityRule.ForRequest(new[] { UpheldNote("n1") }, Request, highDemandForTargetMarket: true, NoteValidity.UntilWithdrawn);

            Assert.AreEqual(RequestPriority.NotPrioritised, decision.Priority);
            CollectionAssert.AreEqual(new[] { "n1" }, (System.Collections.ICollection)decision.NotesInForce);
            Assert.AreEqual("No es prioritaria: tiene 1 nota de comportamiento vigente y existe alta demanda por el mercado al que apunta.", decision.Reason.Text);
        }

        [TestMethod]
        public void N4_NoteInForceWithoutHighDemandKeepsNormalPriority()
        {
            var decision = NotePriorityRule.ForRequest(new[] { UpheldNote("n1") }, Request, highDemandForTargetMarket: false, NoteValidity.UntilWithdrawn);

            Assert.AreEqual(RequestPriority.Normal, decision.Priority);
            Assert.AreEqual("N4.NoteInForceLowDemand", decision.Reason.Code);
        }

        [TestMethod]
        public void N4_WithdrawnOrDraftNotesDoNotCount()
        {
            var withdrawn = BehaviourNote.Draft("w").Notify(new CivilDate(2025, 3, 3), Valparaiso, RuleSettings.Defaults)
                .FileDefence(new DateTime(2025, 3, 7, 12, 0, 0, DateTimeKind.Utc), Valparaiso)
                .Withdraw(new DateTime(2025, 3, 20, 12, 0, 0, DateTimeKind.Utc));

            var decision = NotePriorityRule.ForRequest(new[] { withdrawn, BehaviourNote.Draft("d") }, Request, true, NoteValidity.UntilWithdrawn);

            Assert.AreEqual(RequestPriority.Normal, decision.Priority);
            Assert.AreEqual("N4.NoNoteInForce", decision.Reason.Code);
        }

        [TestMethod]
        public void N4_ExpiredNoteUnderALimitedValidityDoesNotCount()
        {
            var decision = NotePriorityRule.ForRequest(new[] { UpheldNote("n1") }, Request.AddYears(1), true, NoteValidity.ForMonths(12));

            Assert.AreEqual(RequestPriority.Normal, decision.Priority);
        }
    }
}
