using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    /// <summary>
    /// A page holds at most 5,000 rows, however it is asked for: "The default and maximum page size is 5,000 rows"
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results). A query that asks for
    /// more in one page is refused, so code tested here cannot rely on a bigger page than Dataverse gives.
    /// </summary>
    [TestClass]
    public sealed class PageLimitTests
    {
        private static LocalOrganization WithAccounts(int count)
        {
            var org = TestOrganization.Create();
            org.Seed(Enumerable.Range(0, count).Select(i => new Entity("account") { ["name"] = "A" + i }).ToArray());
            return org;
        }

        [TestMethod]
        public void AQueryWithoutPagingReturnsTheFirst5000RowsAndSaysThereAreMore()
        {
            var org = WithAccounts(5_001);

            var page = org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

            Assert.AreEqual(5_000, page.Entities.Count);
            Assert.IsTrue(page.MoreRecords);
        }

        [TestMethod]
        public void APageOfExactly5000RowsIsAccepted()
        {
            var org = WithAccounts(5_001);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 5_000, PageNumber = 1 } };

            Assert.AreEqual(5_000, org.Service.RetrieveMultiple(query).Entities.Count);
        }

        [TestMethod]
        public void APageInfoCountOf5001IsRefused()
        {
            var org = WithAccounts(1);
            var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5_001, PageNumber = 1 } };

            var fault = Faults.Of(() => org.Service.RetrieveMultiple(query));

            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "5001");
        }

        [TestMethod]
        public void ATopCountOf5001IsRefused_5000IsAccepted()
        {
            var org = WithAccounts(5_001);

            Assert.AreEqual(5_000, org.Service.RetrieveMultiple(new QueryExpression("account") { TopCount = 5_000 }).Entities.Count);
            Assert.AreEqual(ErrorCodes.InvalidArgument, Faults.Of(() => org.Service.RetrieveMultiple(new QueryExpression("account") { TopCount = 5_001 })).ErrorCode);
        }

        [TestMethod]
        public void AFetchXmlCountOf5001IsRefused_5000IsAccepted()
        {
            var org = WithAccounts(5_001);

            Assert.AreEqual(5_000, org.Service.RetrieveMultiple(new FetchExpression("<fetch count='5000' page='1'><entity name='account'><attribute name='name' /></entity></fetch>")).Entities.Count);
            var fault = Faults.Of(() => org.Service.RetrieveMultiple(new FetchExpression("<fetch count='5001' page='1'><entity name='account'><attribute name='name' /></entity></fetch>")));
            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
        }

        [TestMethod]
        public void AFetchXmlTopOf5001IsRefused_5000IsAccepted()
        {
            var org = WithAccounts(5_001);

            Assert.AreEqual(5_000, org.Service.RetrieveMultiple(new FetchExpression("<fetch top='5000'><entity name='account'><attribute name='name' /></entity></fetch>")).Entities.Count);
            var fault = Faults.Of(() => org.Service.RetrieveMultiple(new FetchExpression("<fetch top='5001'><entity name='account'><attribute name='name' /></entity></fetch>")));
            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
        }

        [TestMethod]
        public void AFetchXmlWithoutCountReturns5000RowsAndSaysThereAreMore()
        {
            var org = WithAccounts(5_001);

            var page = org.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>"));

            Assert.AreEqual(5_000, page.Entities.Count);
            Assert.IsTrue(page.MoreRecords);
        }
    }
}
