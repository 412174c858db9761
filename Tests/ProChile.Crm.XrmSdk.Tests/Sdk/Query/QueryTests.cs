using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.XrmSdk.Tests.Sdk.Query
{
    [TestClass]
    public sealed class QueryTests
    {
        [TestMethod]
        public void AColumnSet_KeepsTheNamedColumns_InOrder()
        {
            var columns = new ColumnSet("name", "ownerid");

            columns.AddColumn("statecode");
            columns.AddColumns("createdon", "modifiedon");

            Assert.IsFalse(columns.AllColumns);
            CollectionAssert.AreEqual(new[] { "name", "ownerid", "statecode", "createdon", "modifiedon" }, columns.Columns.ToArray());
        }

        [TestMethod]
        public void AnAllColumnsSet_HasNoNamedColumns()
        {
            var columns = new ColumnSet(true);

            Assert.IsTrue(columns.AllColumns);
            Assert.AreEqual(0, columns.Columns.Count);
        }

        [TestMethod]
        public void AFilter_IsAnd_ByDefault_AndCollectsConditionsAndChildFilters()
        {
            var filter = new FilterExpression();

            filter.AddCondition("statecode", ConditionOperator.Equal, 0);
            var either = filter.AddFilter(LogicalOperator.Or);
            either.AddCondition("prochile_segment", ConditionOperator.In, 1, 2);

            Assert.AreEqual(LogicalOperator.And, filter.FilterOperator);
            Assert.AreEqual(1, filter.Conditions.Count);
            Assert.AreSame(either, filter.Filters.Single());
            CollectionAssert.AreEqual(new object[] { 1, 2 }, either.Conditions[0].Values.ToArray());
        }

        [TestMethod]
        public void AConditionOnAnArrayOfValues_ExpandsTheArray()
        {
            var condition = new ConditionExpression("prochile_segment", ConditionOperator.In, new[] { 1, 2, 3 });

            CollectionAssert.AreEqual(new object[] { 1, 2, 3 }, condition.Values.ToArray());
        }

        [TestMethod]
        public void AConditionOnALinkedTable_NamesItsAlias()
        {
            var condition = new ConditionExpression("exec", "systemuserid", ConditionOperator.NotNull);

            Assert.AreEqual("exec", condition.EntityName);
            Assert.AreEqual("systemuserid", condition.AttributeName);
            Assert.AreEqual(0, condition.Values.Count);
        }

        [TestMethod]
        public void AQueryExpression_StartsEmpty_AndLinksFromItsOwnTable()
        {
            var query = new QueryExpression("account");

            var link = query.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter);
            link.EntityAlias = "exec";
            link.Columns.AddColumn("fullname");
            link.LinkCriteria.AddCondition("isdisabled", ConditionOperator.Equal, false);
            query.AddOrder("name", OrderType.Descending);

            Assert.AreEqual(0, query.ColumnSet.Columns.Count);
            Assert.IsFalse(query.ColumnSet.AllColumns);
            Assert.AreEqual(0, query.Criteria.Conditions.Count);
            Assert.AreEqual("account", link.LinkFromEntityName);
            Assert.AreEqual("systemuser", link.LinkToEntityName);
            Assert.AreEqual(JoinOperator.LeftOuter, link.JoinOperator);
            Assert.AreSame(link, query.LinkEntities.Single());
            Assert.AreEqual(OrderType.Descending, query.Orders.Single().OrderType);
            Assert.IsNull(query.TopCount);
        }

        [TestMethod]
        public void ANestedLink_LinksFromTheLinkedTable()
        {
            var link = new LinkEntity("account", "systemuser", "ownerid", "systemuserid", JoinOperator.Inner);

            var nested = link.AddLink("businessunit", "businessunitid", "businessunitid");

            Assert.AreEqual("systemuser", nested.LinkFromEntityName);
            Assert.AreEqual(JoinOperator.Inner, nested.JoinOperator);
        }

        [TestMethod]
        public void AQueryByAttribute_PairsAttributesWithValues()
        {
            var query = new QueryByAttribute("contact") { ColumnSet = new ColumnSet("fullname") };

            query.AddAttributeValue("emailaddress1", "ana@prochile.gob.cl");

            Assert.AreEqual("emailaddress1", query.Attributes.Single());
            Assert.AreEqual("ana@prochile.gob.cl", query.Values.Single());
        }

        [TestMethod]
        public void AFetchExpression_HoldsTheFetchXml()
        {
            var fetch = new FetchExpression("<fetch><entity name='account' /></fetch>");

            Assert.AreEqual("<fetch><entity name='account' /></fetch>", fetch.Query);
            Assert.IsInstanceOfType<QueryBase>(fetch);
        }
    }
}
