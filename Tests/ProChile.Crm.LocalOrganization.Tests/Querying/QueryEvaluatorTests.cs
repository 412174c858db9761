using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    [TestClass]
    public sealed class QueryEvaluatorTests
    {
        private static string[] Names(EntityCollection rows) => rows.Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray();

        [TestMethod]
        public void NullsSortFirstAscendingAndLastDescending()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddOrder("numberofemployees", OrderType.Ascending);

            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur", "Viña Central", "Minera 100%", "region norte" }, Names(f.Org.Service.RetrieveMultiple(query)));
            query.Orders[0].OrderType = OrderType.Descending;
            CollectionAssert.AreEqual(new[] { "region norte", "Minera 100%", "Viña Central", "Región Sur", "Frutícola" }, Names(f.Org.Service.RetrieveMultiple(query)));
        }

        [TestMethod]
        public void WithoutOrdersRowsComeInCreationOrder()
        {
            var f = new QueryFixture();

            var rows = f.Org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

            CollectionAssert.AreEqual(new[] { "Región Sur", "region norte", "Viña Central", "Frutícola", "Minera 100%" }, Names(rows));
        }

        [TestMethod]
        public void AnEmptyColumnSetReturnsOnlyThePrimaryKeyAndNullColumnsAreAbsent()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet() };
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Frutícola");
            var all = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
            all.Criteria.AddCondition("name", ConditionOperator.Equal, "Frutícola");

            CollectionAssert.AreEqual(new[] { "accountid" }, f.Org.Service.RetrieveMultiple(query).Entities[0].Attributes.Keys.ToArray());
            Assert.IsFalse(f.Org.Service.RetrieveMultiple(all).Entities[0].Contains("numberofemployees"));
        }

        [TestMethod]
        public void TopCountTakesTheFirstRowsInOrder()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 2 };

            CollectionAssert.AreEqual(new[] { "Frutícola", "Minera 100%" }, f.Names(query));
        }

        [TestMethod]
        public void TopCountWithPagingFails()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { TopCount = 2, PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };

            Assert.AreEqual(ErrorCodes.InvalidArgument, Faults.Of(() => f.Org.Service.RetrieveMultiple(query)).ErrorCode);
        }

        [TestMethod]
        public void DistinctCollapsesRowsWithTheSameSelectedValues()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("industrycode"), Distinct = true };
            query.AddOrder("industrycode", OrderType.Ascending);

            var rows = f.Org.Service.RetrieveMultiple(query).Entities;

            CollectionAssert.AreEqual(new[] { -1, 1, 2, 3 }, rows.Select(e => e.GetAttributeValue<OptionSetValue>("industrycode")?.Value ?? -1).ToArray());
            Assert.AreEqual(Guid.Empty, rows[1].Id);
        }

        [TestMethod]
        public void PagingWithTheCookieWalksEveryRowOnceAndSaysWhenThereAreMore()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
            query.AddOrder("name", OrderType.Ascending);
            var pages = new System.Collections.Generic.List<string[]>();
            var more = new System.Collections.Generic.List<bool>();
            while (true)
            {
                var page = f.Org.Service.RetrieveMultiple(query);
                pages.Add(Names(page));
                more.Add(page.MoreRecords);
                if (!page.MoreRecords)
                {
                    break;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }

            Assert.AreEqual("Frutícola,Minera 100%|region norte,Región Sur|Viña Central", string.Join("|", pages.Select(p => string.Join(",", p))));
            CollectionAssert.AreEqual(new[] { true, true, false }, more.ToArray());
        }

        [TestMethod]
        public void TheCookieResumesAfterTheLastRowEvenIfRowsWereInsertedBeforeIt()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
            query.AddOrder("name", OrderType.Ascending);
            var first = f.Org.Service.RetrieveMultiple(query);
            f.Org.Service.Create(new Entity("account") { ["name"] = "Agrícola" });
            query.PageInfo.PageNumber = 2;
            query.PageInfo.PagingCookie = first.PagingCookie;

            CollectionAssert.AreEqual(new[] { "region norte", "Región Sur" }, Names(f.Org.Service.RetrieveMultiple(query)));
            StringAssert.StartsWith(first.PagingCookie, "<cookie page=\"1\"><accountid last=\"{");
        }

        [TestMethod]
        public void TotalRecordCountIsReturnedOnlyWhenAskedFor()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };

            Assert.AreEqual(-1, f.Org.Service.RetrieveMultiple(query).TotalRecordCount);
            query.PageInfo.ReturnTotalRecordCount = true;
            Assert.AreEqual(5, f.Org.Service.RetrieveMultiple(query).TotalRecordCount);
        }

        [TestMethod]
        public void AnInnerLinkKeepsMatchingRowsAndReturnsItsColumnsAsAliasedValues()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            var link = query.AddLink("contact", "primarycontactid", "contactid");
            link.EntityAlias = "pc";
            link.Columns = new ColumnSet("fullname");
            query.AddOrder("name", OrderType.Ascending);

            var rows = f.Org.Service.RetrieveMultiple(query).Entities;

            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur" }, rows.Select(e => e.GetAttributeValue<string>("name")).ToArray());
            var aliased = rows[0].GetAttributeValue<AliasedValue>("pc.fullname");
            Assert.AreEqual("contact", aliased.EntityLogicalName);
            Assert.AreEqual("fullname", aliased.AttributeLogicalName);
            Assert.AreEqual("Ana Rojas", aliased.Value);
        }

        [TestMethod]
        public void AnOuterLinkKeepsEveryRowAndALinkWithoutAliasGetsTheGeneratedOne()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter).Columns = new ColumnSet("fullname");
            query.AddOrder("name", OrderType.Ascending);

            var rows = f.Org.Service.RetrieveMultiple(query).Entities;

            Assert.AreEqual(5, rows.Count);
            Assert.AreEqual("Ana Rojas", rows.Single(e => e.GetAttributeValue<string>("name") == "Frutícola").GetAttributeValue<AliasedValue>("contact1.fullname").Value);
            Assert.IsFalse(rows.Single(e => e.GetAttributeValue<string>("name") == "Viña Central").Contains("contact1.fullname"));
        }

        [TestMethod]
        public void AConditionOnAnOuterLinksAliasInTheMainFilterFindsRowsWithoutARelatedRecord()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter).EntityAlias = "pc";
            query.Criteria.AddCondition("pc", "contactid", ConditionOperator.Null);

            CollectionAssert.AreEqual(new[] { "Minera 100%", "region norte", "Viña Central" }, f.Names(query));
        }

        [TestMethod]
        public void LinkCriteriaFilterTheJoinedRecords()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddLink("contact", "primarycontactid", "contactid").LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "Otra Persona");

            CollectionAssert.AreEqual(Array.Empty<string>(), f.Names(query));
        }

        [TestMethod]
        public void OrderingByALookupSortsByTheReferencedRecordsName()
        {
            var org = TestOrganization.Create();
            var zoe = org.Seed(new Entity("contact") { ["fullname"] = "Zoe" })[0];
            var ana = org.Seed(new Entity("contact") { ["fullname"] = "Ana" })[0];
            org.Seed(new Entity("account") { ["name"] = "A", ["primarycontactid"] = new EntityReference("contact", zoe) },
                     new Entity("account") { ["name"] = "B", ["primarycontactid"] = new EntityReference("contact", ana) });
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.AddOrder("primarycontactid", OrderType.Ascending);

            CollectionAssert.AreEqual(new[] { "B", "A" }, Names(org.Service.RetrieveMultiple(query)));
        }

        [TestMethod]
        public void QueryByAttributeMatchesEveryAttributeValuePair()
        {
            var f = new QueryFixture();
            var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
            query.AddAttributeValue("industrycode", 1);
            query.AddAttributeValue("numberofemployees", 100);

            CollectionAssert.AreEqual(new[] { "Minera 100%" }, Names(f.Org.Service.RetrieveMultiple(query)));
        }

        [TestMethod]
        public void QueryByAttributeWithoutAttributesFails()
        {
            var f = new QueryFixture();
            Assert.AreEqual(ErrorCodes.InvalidArgument, Faults.Of(() => f.Org.Service.RetrieveMultiple(new QueryByAttribute("account"))).ErrorCode);
        }
    }
}
