using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Solution.Tests
{
    /// <summary>
    /// The system columns the plugins write have Dataverse's lengths on the local organization, so a text one
    /// character too long fails here as it fails in Dataverse; and the plugins' Schema constants say the same lengths.
    /// </summary>
    [TestClass]
    public sealed class DataverseSystemColumnsTests
    {
        private static LocalOrganization Organization()
        {
            var organization = new LocalOrganization();
            SolutionTables.Shipped.DeclareOn(organization.Schema);
            return organization;
        }

        private static void AssertLengthIsEnforced(string table, string column, int maxLength, Func<Entity> row)
        {
            var organization = Organization();
            var atLimit = row();
            atLimit[column] = new string('a', maxLength);
            var beyond = row();
            beyond[column] = new string('a', maxLength + 1);

            var id = organization.Service.Create(atLimit);
            var fault = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => organization.Service.Create(beyond)).Detail;

            Assert.AreEqual(maxLength, organization.Service.Retrieve(table, id, new Microsoft.Xrm.Sdk.Query.ColumnSet(column)).GetAttributeValue<string>(column).Length);
            Assert.AreEqual(ErrorCodes.StringLengthTooLong, fault.ErrorCode);
            StringAssert.Contains(fault.Message, $"'{column}' attribute of the '{table}' entity exceeded the maximum allowed length of '{maxLength}'");
        }

        [TestMethod]
        public void F1_ATaskSubjectOf200CharactersIsStored_201IsRefused() =>
            AssertLengthIsEnforced(TaskActivity.EntityLogicalName, TaskActivity.Subject, 200, () => new Entity(TaskActivity.EntityLogicalName));

        [TestMethod]
        public void F1_ATaskDescriptionOf2000CharactersIsStored_2001IsRefused() =>
            AssertLengthIsEnforced(TaskActivity.EntityLogicalName, TaskActivity.Description, 2000, () => new Entity(TaskActivity.EntityLogicalName) { [TaskActivity.Subject] = "s" });

        [TestMethod]
        public void F2_AnEmailSubjectOf800CharactersIsStored_801IsRefused() =>
            AssertLengthIsEnforced(EmailActivity.EntityLogicalName, EmailActivity.Subject, 800, () => new Entity(EmailActivity.EntityLogicalName));

        [TestMethod]
        public void AnAccountNameOf160CharactersIsStored_161IsRefused() =>
            AssertLengthIsEnforced(Account.EntityLogicalName, Account.Name, 160, () => new Entity(Account.EntityLogicalName));

        [TestMethod]
        public void AnAccountPhoneOf50CharactersIsStored_51IsRefused() =>
            AssertLengthIsEnforced(Account.EntityLogicalName, Account.Telephone, 50, () => new Entity(Account.EntityLogicalName) { [Account.Name] = "A" });

        [TestMethod]
        public void TheSchemaConstantsOfSystemColumnsEqualTheLengthsTheLocalOrganizationEnforces()
        {
            var schema = Organization().Schema;

            Assert.AreEqual(TaskActivity.SubjectMaxLength, schema.Table(TaskActivity.EntityLogicalName).Column(TaskActivity.Subject).MaxLength);
            Assert.AreEqual(TaskActivity.DescriptionMaxLength, schema.Table(TaskActivity.EntityLogicalName).Column(TaskActivity.Description).MaxLength);
            Assert.AreEqual(EmailActivity.SubjectMaxLength, schema.Table(EmailActivity.EntityLogicalName).Column(EmailActivity.Subject).MaxLength);
            Assert.AreEqual(EmailActivity.DescriptionMaxLength, schema.Table(EmailActivity.EntityLogicalName).Column(EmailActivity.Description).MaxLength);
            Assert.AreEqual(Account.NameMaxLength, schema.Table(Account.EntityLogicalName).Column(Account.Name).MaxLength);
            Assert.AreEqual(Account.EmailMaxLength, schema.Table(Account.EntityLogicalName).Column(Account.Email).MaxLength);
            Assert.AreEqual(Account.TelephoneMaxLength, schema.Table(Account.EntityLogicalName).Column(Account.Telephone).MaxLength);
        }

        [TestMethod]
        public void TasksAndEmailsHaveDataversesStates_ACompletedTaskIsStatus5_ADraftEmailIsOpen()
        {
            var schema = Organization().Schema;

            var task = schema.Table(TaskActivity.EntityLogicalName).States!;
            var email = schema.Table(EmailActivity.EntityLogicalName).States!;

            Assert.AreEqual(2, task.DefaultState.DefaultStatus);
            CollectionAssert.AreEqual(new[] { 5 }, new System.Collections.Generic.List<int>(task.FindState(1)!.Statuses));
            Assert.AreEqual(0, email.StateOfStatus(1)!.Value);
            Assert.AreEqual(1, email.StateOfStatus(3)!.Value);
        }

        [TestMethod]
        public void ASystemTextColumnWithoutARecordedLengthIsRefusedRatherThanGuessed()
        {
            var error = Assert.ThrowsExactly<ArgumentException>(() => DataverseSystemColumns.AccountTextLength("websiteurl"));

            StringAssert.Contains(error.Message, "account.websiteurl");
        }

        [TestMethod]
        public void AUsersPrimaryEmailHoldsDataverses100Characters()
        {
            Assert.AreEqual(100, Organization().Schema.Table("systemuser").Column("internalemailaddress").MaxLength);
            Assert.AreEqual(ColumnType.String, Organization().Schema.Table("systemuser").Column("internalemailaddress").Type);
        }
    }
}
