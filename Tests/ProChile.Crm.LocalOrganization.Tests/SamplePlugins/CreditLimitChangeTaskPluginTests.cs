using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.SamplePlugins
{
    [TestClass]
    public sealed class CreditLimitChangeTaskPluginTests
    {
        [TestMethod]
        public void ChangingTheCreditLimitOpensOneTaskRegardingTheAccountWithOneCall()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(CreditLimitChangeTaskPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["creditlimit"] = 1000m })[0];
            org.Activity.Clear();

            org.Service.Update(new Entity("account", id) { ["creditlimit"] = 2500m });

            var task = org.InspectAll("task").Single();
            Assert.AreEqual("Revisar límite de crédito de Viña Sur: 1000.00 → 2500.00", task.GetAttributeValue<string>("subject"));
            Assert.AreEqual(id, task.GetAttributeValue<EntityReference>("regardingobjectid").Id);
            Assert.AreEqual(1, org.Activity.CallsMadeBy<CreditLimitChangeTaskPlugin>().Count);
            Assert.AreEqual(2, org.Activity.LastOperation.TotalCalls);
            CollectionAssert.AreEqual(new[] { "creditlimit 1000.00 -> 2500.00" }, org.Activity.TracesOf<CreditLimitChangeTaskPlugin>().ToArray());
        }

        [TestMethod]
        public void UpdatingOtherColumnsDoesNotRunTheStepBecauseOfItsFilteringAttributes()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(CreditLimitChangeTaskPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["creditlimit"] = 1000m })[0];

            org.Service.Update(new Entity("account", id) { ["name"] = "Viña Sur Ltda." });

            Assert.AreEqual(0, org.Activity.ExecutionsOf<CreditLimitChangeTaskPlugin>().Count);
            Assert.AreEqual(0, org.InspectAll("task").Count);
        }

        [TestMethod]
        public void WhenTheTaskCannotBeCreatedTheCreditLimitChangeIsRolledBack()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(CreditLimitChangeTaskPlugin));
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["creditlimit"] = 1000m })[0];
            org.Faults.FailCall(2);

            var fault = Faults.Of(() => org.Service.Update(new Entity("account", id) { ["creditlimit"] = 2500m }));

            Assert.AreEqual(ErrorCodes.Unexpected, fault.ErrorCode);
            Assert.AreEqual(1000m, org.Inspect("account", id)!.GetAttributeValue<decimal>("creditlimit"));
            Assert.AreEqual(0, org.InspectAll("task").Count);
        }
    }
}
