using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Tests.Storage
{
    /// <summary>An activity's party list (email from/to): activityparty rows naming a party of an accepted table, or a bare address (unresolved).</summary>
    [TestClass]
    public sealed class PartyListTests
    {
        private static LocalOrganization Organization()
        {
            var org = TestOrganization.Create();
            org.Schema.DeclareTable("email", t => t.PrimaryId("activityid").PrimaryName("subject", 800).PartyList("from", "systemuser", "queue").PartyList("to", "account", "contact"));
            return org;
        }

        private static EntityCollection Parties(params Entity[] parties) => new EntityCollection(parties.ToList()) { EntityName = "activityparty" };

        [TestMethod]
        public void APartyAndABareAddressAreStoredAsWritten()
        {
            var org = Organization();
            var account = org.Service.Create(new Entity("account") { ["name"] = "A" });

            var id = org.Service.Create(new Entity("email")
            {
                ["subject"] = "Hola",
                ["from"] = Parties(new Entity("activityparty") { ["addressused"] = "valparaiso@prochile.gob.cl" }),
                ["to"] = Parties(new Entity("activityparty") { ["partyid"] = new EntityReference("account", account), ["addressused"] = "a@b.cl" }),
            });

            var stored = org.Inspect("email", id)!;
            Assert.AreEqual("valparaiso@prochile.gob.cl", stored.GetAttributeValue<EntityCollection>("from").Entities.Single()["addressused"]);
            var to = stored.GetAttributeValue<EntityCollection>("to").Entities.Single();
            Assert.AreEqual(account, to.GetAttributeValue<EntityReference>("partyid").Id);
            Assert.AreEqual("a@b.cl", to["addressused"]);
        }

        [TestMethod]
        public void ARecipientGivenOnlyAsAnAddressIsStoredAndReadBack()
        {
            // The D6 breach alert's case: the region's mailbox (R1) is an address, not a row.
            var org = Organization();

            var id = org.Service.Create(new Entity("email")
            {
                ["subject"] = "Aviso",
                ["to"] = Parties(new Entity("activityparty") { ["addressused"] = "valparaiso@prochile.gob.cl" }),
            });

            var to = org.Inspect("email", id)!.GetAttributeValue<EntityCollection>("to").Entities.Single();
            Assert.AreEqual("valparaiso@prochile.gob.cl", to["addressused"]);
            Assert.IsFalse(to.Contains("partyid"));
        }

        [TestMethod]
        public void APartyWithNeitherRowNorAddressIsRefused()
        {
            var org = Organization();

            var fault = Faults.Of(() => org.Service.Create(new Entity("email") { ["to"] = Parties(new Entity("activityparty")) }));

            StringAssert.Contains(fault.Message, "needs partyid or addressused");
        }

        [TestMethod]
        public void APartyOfATableTheListDoesNotAcceptIsRefused()
        {
            var org = Organization();

            var fault = Faults.Of(() => org.Service.Create(new Entity("email")
            {
                ["from"] = Parties(new Entity("activityparty") { ["partyid"] = new EntityReference("account", Guid.NewGuid()) }),
            }));

            StringAssert.Contains(fault.Message, "'account' is not a valid target of lookup 'from' of 'email'");
        }

        [TestMethod]
        public void ARowThatIsNotAnActivityPartyIsRefused()
        {
            var org = Organization();

            var fault = Faults.Of(() => org.Service.Create(new Entity("email") { ["to"] = Parties(new Entity("contact") { ["fullname"] = "x" }) }));

            StringAssert.Contains(fault.Message, "holds activityparty rows, not 'contact'");
        }
    }
}
