using System.Linq;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Plugins.Accounts;
using ProChile.Crm.Plugins.Registration;
using ProChile.Crm.Registration;

namespace ProChile.Crm.Plugins.Tests.Accounts
{
    [TestClass]
    public sealed class AccountStepDeclarationTests
    {
        [TestMethod]
        public void TheUpdateStepsPreImageHoldsEveryColumnTheClassificationReads()
        {
            var update = StepDeclarationReader.Read(typeof(AccountClassificationPlugin)).Single(s => s.Message == MessageName.Update);

            CollectionAssert.AreEquivalent(AccountRow.ClassificationColumns, update.PreImage!.Attributes.ToArray());
        }

        [TestMethod]
        public void TheClassificationStepDoesNotFilterOnTheColumnsItComputesExceptTheManualCategory()
        {
            var update = StepDeclarationReader.Read(typeof(AccountClassificationPlugin)).Single(s => s.Message == MessageName.Update);

            CollectionAssert.DoesNotContain(update.FilteringAttributes.ToArray(), Account.Segment);
            CollectionAssert.DoesNotContain(update.FilteringAttributes.ToArray(), Account.SegmentReason);
            CollectionAssert.DoesNotContain(update.FilteringAttributes.ToArray(), Account.CategoryReason);
            CollectionAssert.DoesNotContain(update.FilteringAttributes.ToArray(), Account.FollowUpOptOutLocked);
        }
    }
}
