using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    [TestClass]
    public sealed class DeleteAndAssociateTests
    {
        [TestMethod]
        public void DeletingAContactClearsTheLookupsThatPointedAtIt()
        {
            var org = TestOrganization.Create();
            var contact = org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0];
            var account = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["primarycontactid"] = new EntityReference("contact", contact) })[0];

            org.Service.Delete("contact", contact);

            Assert.IsNull(org.Inspect("contact", contact));
            Assert.IsFalse(org.Inspect("account", account)!.Contains("primarycontactid"));
        }

        [TestMethod]
        public void DeletingAParentAccountCascadesToItsChildAccountsThroughTheirOwnDelete()
        {
            var org = TestOrganization.Create();
            var parent = org.Seed(new Entity("account") { ["name"] = "Holding" })[0];
            org.Seed(new Entity("account") { ["name"] = "Filial", ["parentaccountid"] = new EntityReference("account", parent) });

            org.Service.Delete("account", parent);

            Assert.AreEqual(0, org.InspectAll("account").Count);
            Assert.AreEqual(1, org.Activity.Calls.Count);
        }

        [TestMethod]
        public void ARestrictDeleteRelationshipRefusesTheDeleteAndKeepsEverything()
        {
            var org = TestOrganization.Create();
            var account = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];
            org.Seed(new Entity("task") { ["subject"] = "Llamar", ["regardingobjectid"] = new EntityReference("account", account) });

            var fault = Faults.Of(() => org.Service.Delete("account", account));

            Assert.AreEqual(ErrorCodes.CannotDeleteDueToAssociation, fault.ErrorCode);
            Assert.IsNotNull(org.Inspect("account", account));
        }

        [TestMethod]
        public void AssociatingAManyToManyPairMakesItQueryableAndTwiceIsADuplicate()
        {
            var org = TestOrganization.Create();
            var account = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];
            var contact = org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0];
            var related = new EntityReferenceCollection { new EntityReference("contact", contact) };

            org.Service.Associate("account", account, new Relationship("prochile_account_contact"), related);
            var fault = Faults.Of(() => org.Service.Associate("account", account, new Relationship("prochile_account_contact"), related));
            var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
            query.AddLink("prochile_account_contact", "contactid", "contactid").LinkCriteria.AddCondition("accountid", ConditionOperator.Equal, account);
            var linked = org.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("fullname")).ToArray();

            CollectionAssert.AreEqual(new[] { "Ana Rojas" }, linked);
            Assert.AreEqual(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        }

        [TestMethod]
        public void DisassociatingRemovesThePair()
        {
            var org = TestOrganization.Create();
            var account = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];
            var contact = org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0];
            var related = new EntityReferenceCollection { new EntityReference("contact", contact) };
            org.Service.Associate("account", account, new Relationship("prochile_account_contact"), related);

            org.Service.Disassociate("account", account, new Relationship("prochile_account_contact"), related);

            Assert.AreEqual(0, org.InspectAll("prochile_account_contact").Count);
        }

        [TestMethod]
        public void AssociatingThroughAOneToManyRelationshipSetsTheChildsLookup()
        {
            var org = TestOrganization.Create();
            var parent = org.Seed(new Entity("account") { ["name"] = "Holding" })[0];
            var child = org.Seed(new Entity("account") { ["name"] = "Filial" })[0];

            org.Service.Associate("account", parent, new Relationship("account_parent_account"), new EntityReferenceCollection { new EntityReference("account", child) });

            Assert.AreEqual(parent, org.Inspect("account", child)!.GetAttributeValue<EntityReference>("parentaccountid").Id);
        }
    }
}
