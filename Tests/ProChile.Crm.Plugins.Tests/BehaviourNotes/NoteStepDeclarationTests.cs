using System.Linq;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.BehaviourNotes;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Registration;

namespace ProChile.Crm.Plugins.Tests.BehaviourNotes
{
    /// <summary>
    /// Issue 10, defect 7: the N4 step must not fire only because the note step (PreOperation) added a column to the
    /// Target, which Dataverse does not document. Its filter names every column a user or caller writes that can change
    /// a company's flag, and its images name the company before and after.
    /// </summary>
    [TestClass]
    public sealed class NoteStepDeclarationTests
    {
        private static StepDeclaration Step(System.Type plugin, string message) =>
            StepDeclarationReader.Read(plugin).Single(s => s.Message == message);

        [TestMethod]
        public void N4_TheUpdateStepFiltersOnTheColumnsUsersAndCallersWriteThatMoveTheFlag()
        {
            var update = Step(typeof(NoteInForcePlugin), MessageName.Update);

            CollectionAssert.AreEquivalent(
                new[]
                {
                    BehaviourNote.Status, BehaviourNote.AccountId, BehaviourNote.StateCode, BehaviourNote.Channel, BehaviourNote.PostedOn,
                    BehaviourNote.NotifiedOn, BehaviourNote.InForceUntil,
                },
                update.FilteringAttributes.ToArray());
            CollectionAssert.AreEqual(new[] { BehaviourNote.AccountId }, update.PreImage!.Attributes.ToArray());
            CollectionAssert.AreEqual(new[] { BehaviourNote.AccountId }, update.PostImage!.Attributes.ToArray());
        }

        [TestMethod]
        public void N4_EveryNoteInputTheNoteStepFiltersOnThatMovesTheTermAlsoFiresTheFlagStep()
        {
            var term = new[] { BehaviourNote.Status, BehaviourNote.Channel, BehaviourNote.PostedOn, BehaviourNote.AccountId };
            var noteStep = Step(typeof(BehaviourNotePlugin), MessageName.Update).FilteringAttributes;
            var flagStep = Step(typeof(NoteInForcePlugin), MessageName.Update).FilteringAttributes;

            CollectionAssert.IsSubsetOf(term, noteStep.ToArray());
            CollectionAssert.IsSubsetOf(term, flagStep.ToArray());
        }

        [TestMethod]
        public void N4_TheDeleteStepReadsTheCompanyFromThePreImage()
        {
            var delete = Step(typeof(NoteInForcePlugin), MessageName.Delete);

            CollectionAssert.AreEqual(new[] { BehaviourNote.AccountId }, delete.PreImage!.Attributes.ToArray());
            Assert.AreEqual(40, delete.Stage);
        }

        [TestMethod]
        public void D5_TheHolidayReprojectionOfNotesIsAsynchronousOnEveryHolidayChange()
        {
            var steps = StepDeclarationReader.Read(typeof(HolidayNoteReprojectionPlugin));

            CollectionAssert.AreEquivalent(new[] { MessageName.Create, MessageName.Update, MessageName.Delete }, steps.Select(s => s.Message).ToArray());
            Assert.IsTrue(steps.All(s => s.Mode == 1 && s.Stage == 40 && s.PrimaryEntity == Holiday.EntityLogicalName));
        }
    }
}
