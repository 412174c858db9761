using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.SamplePlugins
{
    [TestClass]
    public sealed class AccountNumberRequiredPluginTests
    {
        [TestMethod]
        public void TheTrimmedNumberSetInPreOperationIsWhatGetsSaved()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(AccountNumberRequiredPlugin));

            var id = org.Service.Create(new Entity("account") { ["name"] = "Frutícola Maule", ["accountnumber"] = "  CL-042 " });

            Assert.AreEqual("CL-042", org.Service.Retrieve("account", id, new ColumnSet("accountnumber")).GetAttributeValue<string>("accountnumber"));
        }

        [TestMethod]
        public void AnAccountWithoutNumberIsRefusedWithTheSpanishMessageAndIsvAbortedCode()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(AccountNumberRequiredPlugin));

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["name"] = "Frutícola Maule" }));

            Assert.AreEqual(AccountNumberRequiredPlugin.MissingNumberMessage, fault.Message);
            Assert.AreEqual(ErrorCodes.IsvAborted, fault.ErrorCode);
            Assert.AreEqual(0, org.InspectAll("account").Count);
        }
    }
}
