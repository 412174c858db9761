using System.Linq;
using System.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    [TestClass]
    public sealed class FetchXmlParserTests
    {
        private static string[] Names(LocalOrganization org, string fetch) =>
            org.Service.RetrieveMultiple(new FetchExpression(fetch)).Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray();

        [TestMethod]
        public void FiltersOrdersAndTextValuesConvertedToTheColumnTypes()
        {
            var f = new QueryFixture();
            const string fetch = @"<fetch>
  <entity name='account'>
    <attribute name='name' />
    <order attribute='numberofemployees' descending='true' />
    <filter type='and'>
      <condition attribute='industrycode' operator='in'><value>1</value><value>2</value></condition>
      <filter type='or'>
        <condition attribute='numberofemployees' operator='ge' value='100' />
        <condition attribute='lastcontactedon' operator='on' value='2024-06-03' />
      </filter>
    </filter>
  </entity>
</fetch>";

            CollectionAssert.AreEqual(new[] { "region norte", "Minera 100%", "Región Sur" }, Names(f.Org, fetch));
        }

        [TestMethod]
        public void LinkEntityFromIsTheLinkedColumnAndToIsTheParentColumn()
        {
            var f = new QueryFixture();
            const string fetch = @"<fetch>
  <entity name='account'>
    <attribute name='name' />
    <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc' link-type='inner'>
      <attribute name='fullname' />
      <filter><condition attribute='fullname' operator='like' value='ana%' /></filter>
    </link-entity>
    <order attribute='name' />
  </entity>
</fetch>";

            var rows = f.Org.Service.RetrieveMultiple(new FetchExpression(fetch)).Entities;

            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur" }, rows.Select(e => e.GetAttributeValue<string>("name")).ToArray());
            Assert.AreEqual("Ana Rojas", rows[0].GetAttributeValue<AliasedValue>("pc.fullname").Value);
        }

        [TestMethod]
        public void OuterLinkAndAConditionOnItsAliasInTheMainFilter()
        {
            var f = new QueryFixture();
            const string fetch = @"<fetch>
  <entity name='account'>
    <attribute name='name' />
    <link-entity name='contact' from='contactid' to='primarycontactid' alias='pc' link-type='outer' />
    <filter><condition entityname='pc' attribute='contactid' operator='null' /></filter>
    <order attribute='name' />
  </entity>
</fetch>";

            CollectionAssert.AreEqual(new[] { "Minera 100%", "region norte", "Viña Central" }, Names(f.Org, fetch));
        }

        [TestMethod]
        public void PagesWithCountPageAndTheReturnedCookie()
        {
            var f = new QueryFixture();
            string Fetch(int page, string? cookie) =>
                $"<fetch count='3' page='{page}'{(cookie == null ? string.Empty : $" paging-cookie='{SecurityElement.Escape(cookie)}'")}><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>";

            var first = f.Org.Service.RetrieveMultiple(new FetchExpression(Fetch(1, null)));
            var second = f.Org.Service.RetrieveMultiple(new FetchExpression(Fetch(2, first.PagingCookie)));

            CollectionAssert.AreEqual(new[] { "Frutícola", "Minera 100%", "region norte" }, first.Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray());
            Assert.IsTrue(first.MoreRecords);
            CollectionAssert.AreEqual(new[] { "Región Sur", "Viña Central" }, second.Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray());
            Assert.IsFalse(second.MoreRecords);
        }

        [TestMethod]
        public void TopAndDistinct()
        {
            var f = new QueryFixture();
            const string fetch = "<fetch top='2' distinct='true'><entity name='account'><attribute name='industrycode' /><order attribute='industrycode' descending='true' /></entity></fetch>";

            var rows = f.Org.Service.RetrieveMultiple(new FetchExpression(fetch)).Entities;

            CollectionAssert.AreEqual(new[] { 3, 2 }, rows.Select(e => e.GetAttributeValue<OptionSetValue>("industrycode").Value).ToArray());
        }

        [TestMethod]
        public void AValueThatIsNotOfTheColumnsTypeFailsNamingIt()
        {
            var f = new QueryFixture();
            const string fetch = "<fetch><entity name='account'><filter><condition attribute='numberofemployees' operator='eq' value='muchos' /></filter></entity></fetch>";

            var fault = Faults.Of(() => f.Org.Service.RetrieveMultiple(new FetchExpression(fetch)));

            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
            StringAssert.Contains(fault.Message, "input value 'muchos' to attribute 'account.numberofemployees'");
        }

        [TestMethod]
        public void AggregatesAreNotModelledAndSaySo()
        {
            var f = new QueryFixture();
            const string fetch = "<fetch aggregate='true'><entity name='account'><attribute name='accountid' aggregate='count' alias='n' /></entity></fetch>";

            Assert.AreEqual(ErrorCodes.NotSupported, Faults.Of(() => f.Org.Service.RetrieveMultiple(new FetchExpression(fetch))).ErrorCode);
        }
    }
}
