using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    [TestClass]
    public sealed class RetrieveAndUpdateTests
    {
        [TestMethod]
        public void RetrievingAMissingRecordFailsWithObjectDoesNotExist()
        {
            var org = TestOrganization.Create();
            var id = new Guid("6f1c8a52-0000-0000-0000-000000000002");

            var fault = Faults.Of(() => org.Service.Retrieve("account", id, new ColumnSet("name")));

            Assert.AreEqual(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
            Assert.AreEqual($"Entity 'account' With Id = {id} Does Not Exist", fault.Message);
        }

        [TestMethod]
        public void TheColumnSetLimitsTheColumnsButThePrimaryKeyIsAlwaysThereAndLookupsCarryTheirName()
        {
            var org = TestOrganization.Create();
            var contact = org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0];
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["accountnumber"] = "CL-1", ["primarycontactid"] = new EntityReference("contact", contact) })[0];

            var row = org.Service.Retrieve("account", id, new ColumnSet("name", "primarycontactid"));

            CollectionAssert.AreEquivalent(new[] { "accountid", "name", "primarycontactid" }, new System.Collections.Generic.List<string>(row.Attributes.Keys));
            Assert.AreEqual("Ana Rojas", row.GetAttributeValue<EntityReference>("primarycontactid").Name);
            Assert.AreEqual(id, row.Id);
        }

        [TestMethod]
        public void RetrievingAnUndeclaredColumnFails()
        {
            var org = TestOrganization.Create();
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];

            var fault = Faults.Of(() => org.Service.Retrieve("account", id, new ColumnSet("foo")));

            Assert.AreEqual("'account' entity doesn't contain attribute with Name = 'foo' and NameMapping = 'Logical'.", fault.Message);
        }

        [TestMethod]
        public void UpdateMergesTheColumnsAndMovesModifiedOnAndTheVersion()
        {
            var clock = new ManualClock(TestOrganization.Start);
            var org = TestOrganization.Create(clock);
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["accountnumber"] = "CL-1" })[0];
            var before = org.Inspect("account", id)!.GetAttributeValue<long>("versionnumber");
            clock.Advance(TimeSpan.FromMinutes(5));

            org.Service.Update(new Entity("account", id) { ["accountnumber"] = "CL-2" });

            var row = org.Inspect("account", id)!;
            Assert.AreEqual("Viña Sur", row.GetAttributeValue<string>("name"));
            Assert.AreEqual("CL-2", row.GetAttributeValue<string>("accountnumber"));
            Assert.AreEqual(TestOrganization.Start, row.GetAttributeValue<DateTime>("createdon"));
            Assert.AreEqual(TestOrganization.Start.AddMinutes(5), row.GetAttributeValue<DateTime>("modifiedon"));
            Assert.IsTrue(row.GetAttributeValue<long>("versionnumber") > before);
        }

        [TestMethod]
        public void SettingAColumnToNullRemovesItFromWhatIsRead()
        {
            var org = TestOrganization.Create();
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur", ["accountnumber"] = "CL-1" })[0];

            org.Service.Update(new Entity("account", id) { ["accountnumber"] = null });

            Assert.IsFalse(org.Service.Retrieve("account", id, new ColumnSet(true)).Contains("accountnumber"));
        }

        [TestMethod]
        public void UpdatingAMissingRecordFailsWithObjectDoesNotExist()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Update(new Entity("account", new Guid("6f1c8a52-0000-0000-0000-000000000003")) { ["name"] = "x" }));

            Assert.AreEqual(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        }

        [TestMethod]
        public void AStatusAloneSetsItsStateAndAStateAloneTakesItsDefaultStatus()
        {
            var org = TestOrganization.Create();
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];

            org.Service.Update(new Entity("account", id) { ["statuscode"] = new OptionSetValue(2) });
            var inactive = org.Inspect("account", id)!;
            org.Service.Update(new Entity("account", id) { ["statecode"] = new OptionSetValue(0) });
            var active = org.Inspect("account", id)!;

            Assert.AreEqual(1, inactive.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.AreEqual(1, active.GetAttributeValue<OptionSetValue>("statuscode").Value);
        }

        [TestMethod]
        public void AStatusThatDoesNotBelongToTheStateFails()
        {
            var org = TestOrganization.Create();
            var id = org.Seed(new Entity("account") { ["name"] = "Viña Sur" })[0];

            var fault = Faults.Of(() => org.Service.Update(new Entity("account", id) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(2) }));

            Assert.AreEqual($"2 is not a valid status code for state code accountState.Active on account with Id {id}.", fault.Message);
        }
    }
}
