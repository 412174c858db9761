using System.Linq;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Tests.Pipeline
{
    [TestClass]
    public sealed class AsyncStepTests
    {
        [TestMethod]
        public void AnAsynchronousStepIsQueuedAndRunsOnlyWhenPendingJobsAreRunOutsideAnyTransaction()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(StageRecorderPlugin));
            org.RegisterPluginsFrom(typeof(AsyncFollowUpPlugin));

            var id = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });
            var tasksBefore = org.InspectAll("task").Count;
            var outcomes = org.RunPendingAsync();

            Assert.AreEqual(0, tasksBefore);
            Assert.AreEqual(1, outcomes.Count);
            Assert.IsTrue(outcomes[0].Succeeded);
            Assert.AreEqual(id, outcomes[0].PrimaryEntityId);
            Assert.AreEqual("Bienvenida Viña Sur", org.InspectAll("task").Single().GetAttributeValue<string>("subject"));
            Assert.AreEqual("mode 1 in transaction False shared 10,20,40", org.Activity.TracesOf<AsyncFollowUpPlugin>().Single());
            Assert.AreEqual(0, org.PendingAsyncJobs);
        }

        [TestMethod]
        public void AFailedAsynchronousStepIsReportedAndLeavesTheCommittedOperationInPlace()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(AsyncFailingPlugin));

            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });
            var outcome = org.RunPendingAsync().Single();

            Assert.AreEqual("falla asíncrona", outcome.FailureMessage);
            Assert.AreEqual(1, org.InspectAll("account").Count);
        }

        [TestMethod]
        public void ARolledBackOperationQueuesNoAsynchronousStep()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(AsyncFollowUpPlugin));
            org.RegisterPluginsFrom(typeof(RefusingPlugin));

            Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" }));

            Assert.AreEqual(0, org.PendingAsyncJobs);
        }

        [TestMethod]
        public void InAfterEachOperationModeAsynchronousStepsRunBeforeTheCallReturns()
        {
            var org = TestOrganization.Create(async: AsyncStepExecution.AfterEachOperation);
            org.RegisterPluginsFrom(typeof(AsyncFollowUpPlugin));

            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            Assert.AreEqual(1, org.InspectAll("task").Count);
            Assert.AreEqual(0, org.PendingAsyncJobs);
        }
    }
}
