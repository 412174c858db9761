using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    /// <summary>Inspect reads one row directly; it must return what a query for that row with all columns returns.</summary>
    [TestClass]
    public sealed class QueryEvaluatorInspectionTests
    {
        [TestMethod]
        public void InspectReturnsTheRowAsAnAllColumnsQueryByIdDoes()
        {
            var org = TestOrganization.Create();
            var ids = org.Seed(new Entity("account") { ["name"] = "Matriz Norte", ["industrycode"] = new OptionSetValue(2), ["creditlimit"] = 10m });
            var child = org.Service.Create(new Entity("account") { ["name"] = "Filial", ["parentaccountid"] = new EntityReference("account", ids[0]) });
            foreach (var id in new[] { ids[0], child })
            {
                var query = new QueryExpression("account") { ColumnSet = new ColumnSet(true) };
                query.Criteria.AddCondition("accountid", ConditionOperator.Equal, id);
                var queried = org.ServiceFor(org.SystemUserId).RetrieveMultiple(query).Entities.Single();

                var inspected = org.Inspect("account", id)!;

                Assert.AreEqual(queried.Id, inspected.Id);
                CollectionAssert.AreEquivalent(queried.Attributes.Keys.ToList(), inspected.Attributes.Keys.ToList());
                foreach (var column in queried.Attributes.Keys)
                {
                    Assert.AreEqual(Shown(queried[column]), Shown(inspected[column]), column);
                }
                CollectionAssert.AreEquivalent(queried.FormattedValues.ToList(), inspected.FormattedValues.ToList());
            }
            Assert.IsNull(org.Inspect("account", Guid.NewGuid()));
        }

        [TestMethod]
        public void RetrieveReturnsTheRequestedColumnsAsAQueryByIdAndRefusesAnUnknownColumnEvenForAMissingRow()
        {
            var org = TestOrganization.Create();
            var id = org.Seed(new Entity("account") { ["name"] = "Matriz Norte", ["creditlimit"] = 10m })[0];
            var service = org.ServiceFor(org.SystemUserId);

            var retrieved = service.Retrieve("account", id, new ColumnSet("name"));

            CollectionAssert.AreEquivalent(new[] { "accountid", "name" }, retrieved.Attributes.Keys.ToList());
            Assert.AreEqual("Matriz Norte", retrieved.GetAttributeValue<string>("name"));
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("nosuchcolumn") };
            var expected = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => service.RetrieveMultiple(query)).Detail.ErrorCode;
            foreach (var target in new[] { id, Guid.NewGuid() })
            {
                var refused = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => service.Retrieve("account", target, new ColumnSet("nosuchcolumn")));
                Assert.AreEqual(expected, refused.Detail.ErrorCode);
            }
        }

        private static string Shown(object? value) => value switch
        {
            EntityReference reference => $"{reference.LogicalName}:{reference.Id}:{reference.Name}",
            OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Money money => money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null => "null",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
