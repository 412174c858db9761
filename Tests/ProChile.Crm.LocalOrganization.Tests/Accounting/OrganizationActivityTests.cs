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

        private static string Describe(ServiceCall call) => $"{call.MessageName} {call.EntityName} (depth {call.Depth})";
    }
}
