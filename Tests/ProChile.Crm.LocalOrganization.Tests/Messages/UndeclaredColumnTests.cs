using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    /// <summary>
    /// A column the table does not declare is refused wherever it is named (written, read, filtered, ordered), with
    /// Dataverse's QueryBuilderNoAttribute fault 0x80041103 and its message.
    /// </summary>
    [TestClass]
    public sealed class UndeclaredColumnTests
    {
        private const string Message = "'account' entity doesn't contain attribute with Name = 'pch_nada' and NameMapping = 'Logical'.";

        private static void AssertUndeclared(OrganizationServiceFault fault)
        {
            Assert.AreEqual(ErrorCodes.AttributeNotInEntity, fault.ErrorCode);
            Assert.AreEqual(Message, fault.Message);
        }

        [TestMethod]
        public void AnUpdateNamingAnUndeclaredColumnIsRefused()
        {
            var org = TestOrganization.Create();
            var id = org.Service.Create(new Entity("account") { ["name"] = "A" });

            AssertUndeclared(Faults.Of(() => org.Service.Update(new Entity("account", id) { ["pch_nada"] = "x" })));
        }

        [TestMethod]
        public void ARetrieveAskingForAnUndeclaredColumnIsRefused()
        {
            var org = TestOrganization.Create();
            var id = org.Service.Create(new Entity("account") { ["name"] = "A" });

            AssertUndeclared(Faults.Of(() => org.Service.Retrieve("account", id, new ColumnSet("name", "pch_nada"))));
        }

        [TestMethod]
        public void AQueryFilteringSelectingOrOrderingOnAnUndeclaredColumnIsRefused()
        {
            var org = TestOrganization.Create();
            var filtered = new QueryExpression("account");
            filtered.Criteria.AddCondition("pch_nada", ConditionOperator.Null);
            var ordered = new QueryExpression("account");
            ordered.AddOrder("pch_nada", OrderType.Ascending);

            AssertUndeclared(Faults.Of(() => org.Service.RetrieveMultiple(filtered)));
            AssertUndeclared(Faults.Of(() => org.Service.RetrieveMultiple(ordered)));
            AssertUndeclared(Faults.Of(() => org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("pch_nada") })));
        }

        [TestMethod]
        public void AFetchXmlNamingAnUndeclaredColumnIsRefused()
        {
            var org = TestOrganization.Create();

            AssertUndeclared(Faults.Of(() => org.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='pch_nada' /></entity></fetch>"))));
            AssertUndeclared(Faults.Of(() => org.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><filter><condition attribute='pch_nada' operator='null' /></filter></entity></fetch>"))));
        }
    }
}
