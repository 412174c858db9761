using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Tests.Storage
{
    /// <summary>An activity's party list ("to"): activityparty rows naming a record or an unresolved address.</summary>
    [TestClass]
    public sealed class PartyListTests
    {
        private static LocalOrganization WithEmail()
        {
            var org = TestOrganization.Create();
            org.Schema.DeclareTable("email", t => t.PrimaryName("subject", 200).PartyList("to"));
            return org;
        }

        [TestMethod]
        public void AnUnresolvedAddressIsStoredAndReadBack()
        {
            var org = WithEmail();

            var id = org.Service.Create(new Entity("email")
            {
                ["subject"] = "Aviso",
                ["to"] = new EntityCollection(new[] { new Entity("activityparty") { ["addressused"] = "valparaiso@prochile.gob.cl" } }),
            });

            var to = org.Inspect("email", id)!.GetAttributeValue<EntityCollection>("to");
            Assert.AreEqual("valparaiso@prochile.gob.cl", to.Entities.Single()["addressused"]);
        }

        [TestMethod]
        public void APartyWithNeitherRecordNorAddressIsRefused()
        {
            var org = WithEmail();

            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => org.Service.Create(new Entity("email")
            {
                ["subject"] = "Aviso",
                ["to"] = new EntityCollection(new[] { new Entity("activityparty") }),
            }));

            StringAssert.Contains(fault.Detail.Message, "Party list 'to' of 'email'");
        }
    }
}
