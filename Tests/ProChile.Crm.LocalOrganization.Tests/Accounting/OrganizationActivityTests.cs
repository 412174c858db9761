using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Accounting;
using ProChile.Crm.LocalOrganization.Tests.Pipeline;

namespace ProChile.Crm.LocalOrganization.Tests.Accounting
{
    [TestClass]
    public sealed class OrganizationActivityTests
    {
        [TestMethod]
        public void EachOutsideCallIsAnOperationCountingTheCallsItsPluginsMade()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));

            var id = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });
            org.Service.Retrieve("account", id, new ColumnSet("name"));

            Assert.AreEqual(2, org.Activity.Operations.Count);
            Assert.AreEqual(2, org.Activity.Operations[0].TotalCalls);
            Assert.AreEqual("Create contact (depth 2)", Describe(org.Activity.Operations[0].NestedCalls.Single()));
            Assert.AreEqual(1, org.Activity.LastOperation.TotalCalls);
            Assert.AreEqual(1, org.Activity.CallsMadeBy<ContactForNewAccountPlugin>().Count);
            Assert.AreEqual(3, org.Activity.Calls.Count);
        }

        [TestMethod]
        public void SeedingAndInspectingAreNotCounted()
        {
            var org = TestOrganization.Create();

            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];
            org.Inspect("account", id);

            Assert.AreEqual(0, org.Activity.Calls.Count);
        }

        [TestMethod]
        public void ClearStartsCountingAfresh()
        {
            var org = TestOrganization.Create();
            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            org.Activity.Clear();
            org.Service.Create(new Entity("account") { ["name"] = "Viña Norte" });

            Assert.AreEqual(1, org.Activity.Calls.Single().Sequence);
        }

        [TestMethod]
        public void WithoutTheCallLogTheOrganizationCountsCallsPerMessageAndTableAndStepsPerPlugin()
        {
            var org = TestOrganization.Create(keepCallLog: false);
            org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));

            var id = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });
            org.Service.Retrieve("account", id, new ColumnSet("name"));

            var counts = org.Activity.Counts;
            Assert.AreEqual(2, counts.Operations);
            Assert.AreEqual(3, counts.Calls);
            Assert.AreEqual(1, counts.CallsOf("Create", "account"));
            Assert.AreEqual(1, counts.CallsOf("Create", "contact"));
            Assert.AreEqual(1, counts.CallsOf("Retrieve", "account"));
            Assert.AreEqual(1, counts.ExecutionsOf(typeof(ContactForNewAccountPlugin)));
            Assert.AreEqual(1, counts.StepExecutionsByStep[new StepKey(typeof(ContactForNewAccountPlugin), "Create", "account", 40)]);
        }

        [TestMethod]
        public void WithTheCallLogTheCountsAgreeWithTheLog()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));

            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            Assert.AreEqual(org.Activity.Calls.Count, org.Activity.Counts.Calls);
            Assert.AreEqual(org.Activity.Operations.Count, org.Activity.Counts.Operations);
            Assert.AreEqual(org.Activity.Steps.Count, org.Activity.Counts.StepExecutions);
        }

        [TestMethod]
        public void WithoutTheCallLogReadingTheCallsRefusesNamingTheOption()
        {
            var org = TestOrganization.Create(keepCallLog: false);
            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            var refused = Assert.ThrowsExactly<System.InvalidOperationException>(() => org.Activity.Calls);

            StringAssert.Contains(refused.Message, "LocalOrganizationOptions.KeepCallLog = true");
        }

        [TestMethod]
        public void ClearStartsTheCountsAfreshToo()
        {
            var org = TestOrganization.Create(keepCallLog: false);
            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });

            org.Activity.Clear();
            org.Service.Create(new Entity("account") { ["name"] = "Viña Norte" });

            Assert.AreEqual(1, org.Activity.Counts.Calls);
        }

        private static string Describe(ServiceCall call) => $"{call.MessageName} {call.EntityName} (depth {call.Depth})";
    }
}
