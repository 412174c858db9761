using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Tests.Pipeline;

namespace ProChile.Crm.LocalOrganization.Tests.Accounting
{
    [TestClass]
    public sealed class FaultInjectorTests
    {
        [TestMethod]
        public void FailingThePluginsNestedCallLeavesNothingHalfWritten()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ContactForNewAccountPlugin));
            org.Faults.FailCall(2);

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" }));

            Assert.AreEqual(ErrorCodes.Unexpected, fault.ErrorCode);
            StringAssert.StartsWith(fault.Message, "Injected fault: request 2 (Create contact, depth 2)");
            Assert.AreEqual(0, org.InspectAll("account").Count);
            Assert.AreEqual(0, org.InspectAll("contact").Count);
        }

        [TestMethod]
        public void AFaultFiresOnceAndTheNextCallWorks()
        {
            var org = TestOrganization.Create();
            org.Faults.FailCall(1, "servicio no disponible");

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "A" }));
            org.Service.Create(new Entity("account") { ["name"] = "B" });

            Assert.AreEqual("servicio no disponible", fault.Message);
            CollectionAssert.AreEqual(new[] { "B" }, org.InspectAll("account").Select(a => a.GetAttributeValue<string>("name")).ToArray());
        }

        [TestMethod]
        public void FailWhenFailsEveryMatchingCallUntilCleared()
        {
            var org = TestOrganization.Create();
            org.Faults.FailWhen(call => call.EntityName == "contact");

            Faults.Of(() => org.Service.Create(new Entity("contact") { ["fullname"] = "Ana" }));
            Faults.Of(() => org.Service.Create(new Entity("contact") { ["fullname"] = "Eva" }));
            org.Service.Create(new Entity("account") { ["name"] = "Viña Sur" });
            org.Faults.Clear();
            org.Service.Create(new Entity("contact") { ["fullname"] = "Sol" });

            CollectionAssert.AreEqual(new[] { "Sol" }, org.InspectAll("contact").Select(c => c.GetAttributeValue<string>("fullname")).ToArray());
            Assert.AreEqual(1, org.InspectAll("account").Count);
        }
    }
}
