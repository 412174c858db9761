using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    [TestClass]
    public sealed class CreateHandlerTests
    {
        [TestMethod]
        public void WhatIsReadBackIsACopyNotTheObjectWritten()
        {
            var org = TestOrganization.Create();
            var contact = new EntityReference("contact", org.Seed(new Entity("contact") { ["fullname"] = "Ana Rojas" })[0]);
            var written = new Entity("account") { ["name"] = "Viña Sur", ["primarycontactid"] = contact };

            var id = org.Service.Create(written);
            written["name"] = "changed after create";
            contact.Id = Guid.NewGuid();
            var first = org.Service.Retrieve("account", id, new ColumnSet(true));
            first["name"] = "changed after read";
            var second = org.Service.Retrieve("account", id, new ColumnSet("name", "primarycontactid"));

            Assert.AreEqual("Viña Sur", second.GetAttributeValue<string>("name"));
            Assert.AreNotEqual(contact.Id, second.GetAttributeValue<EntityReference>("primarycontactid").Id);
            Assert.AreEqual(Guid.Empty, written.Id);
        }

        [TestMethod]
        public void CreateStampsCreatedAndModifiedOnOwnerVersionAndTheDefaultState()
        {
            var org = TestOrganization.Create();

            var id = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur", ["createdon"] = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

            var row = org.Inspect("account", id)!;
            Assert.AreEqual(TestOrganization.Start, row.GetAttributeValue<DateTime>("createdon"));
            Assert.AreEqual(DateTimeKind.Utc, row.GetAttributeValue<DateTime>("createdon").Kind);
            Assert.AreEqual(TestOrganization.Start, row.GetAttributeValue<DateTime>("modifiedon"));
            Assert.AreEqual(org.CallerId, row.GetAttributeValue<EntityReference>("ownerid").Id);
            Assert.AreEqual("Usuario Local", row.GetAttributeValue<EntityReference>("ownerid").Name);
            Assert.AreEqual(org.CallerId, row.GetAttributeValue<EntityReference>("createdby").Id);
            Assert.AreEqual(org.RootBusinessUnitId, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
            Assert.AreEqual(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
            Assert.IsTrue(row.GetAttributeValue<long>("versionnumber") > 0);
            Assert.AreEqual(row.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture), row.RowVersion);
        }

        [TestMethod]
        public void AnUndeclaredTableFailsWithTheMetadataCacheFault()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Create(new Entity("prochile_nada")));

            Assert.AreEqual(ErrorCodes.EntityNotInMetadata, fault.ErrorCode);
            Assert.AreEqual("The entity with a name = 'prochile_nada' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
        }

        [TestMethod]
        public void AnUndeclaredColumnFailsWithDataversesMessage()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["foo"] = "x" }));

            Assert.AreEqual(ErrorCodes.AttributeNotInEntity, fault.ErrorCode);
            Assert.AreEqual("'account' entity doesn't contain attribute with Name = 'foo' and NameMapping = 'Logical'.", fault.Message);
        }

        [TestMethod]
        public void AnIdAlreadyTakenFailsWithDuplicateKey()
        {
            var org = TestOrganization.Create();
            var id = org.Service.Create(new Entity("account") { ["name"] = "A" });

            var fault = Faults.Of(() => org.Service.Create(new Entity("account", id) { ["name"] = "B" }));

            Assert.AreEqual(ErrorCodes.DuplicateRecord, fault.ErrorCode);
            Assert.AreEqual("Cannot insert duplicate key.", fault.Message);
        }

        [TestMethod]
        public void AStringLongerThanTheColumnFailsWithTheLengthValidationMessage()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["accountnumber"] = new string('9', 21) }));

            Assert.AreEqual(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
            Assert.AreEqual("A validation error occurred. The length of the 'accountnumber' attribute of the 'account' entity exceeded the maximum allowed length of '20'.", fault.Message);
        }

        [TestMethod]
        public void AChoiceOutsideTheOptionsFailsListingTheAcceptedValues()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["industrycode"] = new OptionSetValue(7) }));

            Assert.AreEqual(ErrorCodes.PicklistValueOutOfRange, fault.ErrorCode);
            Assert.AreEqual("A validation error occurred. The value 7 of 'industrycode' on record of type 'account' is outside the valid range. Accepted Values: 1,2,3", fault.Message);
        }

        [TestMethod]
        public void AnIntegerForAChoiceColumnFailsAsTheWrongType()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["industrycode"] = 2 }));

            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
            StringAssert.StartsWith(fault.Message, "Incorrect attribute value type System.Int32");
        }

        [TestMethod]
        public void ALookupToAMissingRecordFailsWithObjectDoesNotExist()
        {
            var org = TestOrganization.Create();
            var missing = new Guid("6f1c8a52-0000-0000-0000-000000000001");

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["primarycontactid"] = new EntityReference("contact", missing) }));

            Assert.AreEqual(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
            Assert.AreEqual($"Entity 'contact' With Id = {missing} Does Not Exist", fault.Message);
        }

        [TestMethod]
        public void DateTimesAreStoredInUtcToTheSecondAndUnspecifiedCountsAsUtc()
        {
            var org = TestOrganization.Create();

            var id = org.Service.Create(new Entity("account") { ["lastcontactedon"] = new DateTime(2024, 6, 3, 10, 30, 15, 789, DateTimeKind.Unspecified) });

            var stored = org.Inspect("account", id)!.GetAttributeValue<DateTime>("lastcontactedon");
            Assert.AreEqual(new DateTime(2024, 6, 3, 10, 30, 15, DateTimeKind.Utc), stored);
            Assert.AreEqual(DateTimeKind.Utc, stored.Kind);
        }

        [TestMethod]
        public void ADateBefore1753FailsLikeTheSqlDatetimeRange()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Create(new Entity("account") { ["lastcontactedon"] = default(DateTime) }));

            StringAssert.StartsWith(fault.Message, "The date-time format is invalid, or value is outside the supported range.");
        }

        [TestMethod]
        public void AnEmptyStringIsStoredAsNull()
        {
            var org = TestOrganization.Create();

            var id = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur", ["accountnumber"] = string.Empty });

            Assert.IsFalse(org.Inspect("account", id)!.Contains("accountnumber"));
        }

        [TestMethod]
        public void ExecuteOfACreateRequestAnswersWithACreateResponseHoldingTheId()
        {
            var org = TestOrganization.Create();

            var response = (CreateResponse)org.Service.Execute(new CreateRequest { Target = new Entity("account") { ["name"] = "Viña Sur" } });

            Assert.AreEqual("Viña Sur", org.Inspect("account", response.id)!.GetAttributeValue<string>("name"));
        }

        [TestMethod]
        public void DecimalsAreRoundedToTheColumnPrecision()
        {
            var org = TestOrganization.Create();

            var id = org.Service.Create(new Entity("account") { ["creditlimit"] = 10.125m, ["revenue"] = new Money(99.995m) });

            Assert.AreEqual(10.13m, org.Inspect("account", id)!.GetAttributeValue<decimal>("creditlimit"));
            Assert.AreEqual(100.00m, org.Inspect("account", id)!.GetAttributeValue<Money>("revenue").Value);
        }
    }
}
