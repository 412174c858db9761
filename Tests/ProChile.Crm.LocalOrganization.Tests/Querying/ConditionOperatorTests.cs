using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    /// <summary>Each condition operator against the fixture's five accounts (SQL three-valued logic: null never matches but Null).</summary>
    [TestClass]
    public sealed class ConditionOperatorTests
    {
        private static ConditionExpression C(string attribute, ConditionOperator op, params object[] values) => new ConditionExpression(attribute, op, values);

        [TestMethod]
        public void EqualIgnoresCaseAndAccentsLikeTheDefaultCollation()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Región Sur" }, f.Names(C("name", ConditionOperator.Equal, "REGION SUR")));
        }

        [TestMethod]
        public void NotEqualLeavesOutRowsWhereTheColumnIsNull()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Minera 100%", "region norte", "Región Sur" }, f.Names(C("numberofemployees", ConditionOperator.NotEqual, 40)));
        }

        [TestMethod]
        public void InAndNotIn()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Minera 100%", "Región Sur" }, f.Names(C("industrycode", ConditionOperator.In, 1, 9)));
            CollectionAssert.AreEqual(new[] { "Frutícola", "region norte" }, f.Names(C("industrycode", ConditionOperator.NotIn, 1)));
        }

        [TestMethod]
        public void NullAndNotNull()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Frutícola" }, f.Names(C("numberofemployees", ConditionOperator.Null)));
            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur" }, f.Names(C("primarycontactid", ConditionOperator.NotNull)));
        }

        [TestMethod]
        public void LikeWithPercentAndUnderscoreWildcards()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "region norte", "Región Sur" }, f.Names(C("name", ConditionOperator.Like, "reg_on%")));
            CollectionAssert.AreEqual(new[] { "Minera 100%" }, f.Names(C("name", ConditionOperator.Like, "%100[%]")));
            CollectionAssert.AreEqual(new[] { "Frutícola", "Minera 100%", "Viña Central" }, f.Names(C("name", ConditionOperator.NotLike, "reg%")));
            CollectionAssert.AreEqual(new[] { "Viña Central" }, f.Names(C("name", ConditionOperator.BeginsWith, "vina")));
        }

        [TestMethod]
        public void ComparisonsAndBetweenOnNumbers()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Minera 100%", "region norte" }, f.Names(C("numberofemployees", ConditionOperator.GreaterEqual, 100)));
            CollectionAssert.AreEqual(new[] { "Región Sur" }, f.Names(C("numberofemployees", ConditionOperator.LessThan, 40)));
            CollectionAssert.AreEqual(new[] { "Minera 100%", "Región Sur", "Viña Central" }, f.Names(C("numberofemployees", ConditionOperator.Between, 10, 100)));
        }

        [TestMethod]
        public void ComparisonsOnDatesUseTheExactInstant()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur" }, f.Names(C("lastcontactedon", ConditionOperator.GreaterThan, new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc))));
        }

        [TestMethod]
        public void OnComparesTheLocalDateInTheUsersTimeZone()
        {
            var utc = new QueryFixture();
            var santiago = new QueryFixture(TimeZoneInfo.CreateCustomTimeZone("UTC-4", TimeSpan.FromHours(-4), "UTC-4", "UTC-4"));

            // 2024-06-03 02:00 UTC is still June 2nd, 22:00, four hours west of Greenwich.
            CollectionAssert.AreEqual(new[] { "Región Sur" }, utc.Names(C("lastcontactedon", ConditionOperator.On, new DateTime(2024, 6, 3))));
            CollectionAssert.AreEqual(Array.Empty<string>(), santiago.Names(C("lastcontactedon", ConditionOperator.On, new DateTime(2024, 6, 3))));
            CollectionAssert.AreEqual(new[] { "Región Sur" }, santiago.Names(C("lastcontactedon", ConditionOperator.On, new DateTime(2024, 6, 2))));
        }

        [TestMethod]
        public void OnOrBeforeAndOnOrAfterIncludeTheDayItself()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "region norte", "Región Sur", "Viña Central" }, f.Names(C("lastcontactedon", ConditionOperator.OnOrBefore, new DateTime(2024, 6, 3))));
            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur" }, f.Names(C("lastcontactedon", ConditionOperator.OnOrAfter, new DateTime(2024, 6, 3))));
        }

        [TestMethod]
        public void LastXDaysSpansFromTheStartOfTheDayXDaysAgoToNow()
        {
            // Now is 2024-06-03 15:00 UTC: four days back is from May 30th 00:00; June 5th is in the future.
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "region norte", "Región Sur" }, f.Names(C("lastcontactedon", ConditionOperator.LastXDays, 4)));
            CollectionAssert.AreEqual(new[] { "Región Sur" }, f.Names(C("lastcontactedon", ConditionOperator.LastXDays, 3)));
        }

        [TestMethod]
        public void NextXDaysSpansFromNowToTheEndOfTheDayXDaysAhead()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(Array.Empty<string>(), f.Names(C("lastcontactedon", ConditionOperator.NextXDays, 1)));
            CollectionAssert.AreEqual(new[] { "Frutícola" }, f.Names(C("lastcontactedon", ConditionOperator.NextXDays, 2)));
        }

        [TestMethod]
        public void ThisYearAndLastYearFollowTheLocalCalendar()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Frutícola", "region norte", "Región Sur" }, f.Names(C("lastcontactedon", ConditionOperator.ThisYear)));
            CollectionAssert.AreEqual(new[] { "Viña Central" }, f.Names(C("lastcontactedon", ConditionOperator.LastYear)));

            // 2023-12-31 23:00 UTC is already 2024 three hours east of Greenwich.
            var east = new QueryFixture(TimeZoneInfo.CreateCustomTimeZone("UTC+3", TimeSpan.FromHours(3), "UTC+3", "UTC+3"));
            CollectionAssert.AreEqual(Array.Empty<string>(), east.Names(C("lastcontactedon", ConditionOperator.LastYear)));
        }

        [TestMethod]
        public void EqualOnALookupTakesTheGuid()
        {
            var f = new QueryFixture();
            CollectionAssert.AreEqual(new[] { "Frutícola", "Región Sur" }, f.Names(C("primarycontactid", ConditionOperator.Equal, f.Contact)));
        }

        [TestMethod]
        public void AnEntityReferenceAsALookupConditionValueFailsAsInDataverse()
        {
            var f = new QueryFixture();

            var fault = Faults.Of(() => f.Names(C("primarycontactid", ConditionOperator.Equal, new EntityReference("contact", f.Contact))));

            Assert.AreEqual(ErrorCodes.InvalidArgument, fault.ErrorCode);
            Assert.AreEqual("Condition for attribute 'account.primarycontactid': expected argument(s) of type 'System.Guid' but received 'Microsoft.Xrm.Sdk.EntityReference'.", fault.Message);
        }

        [TestMethod]
        public void AConditionOnAnUndeclaredColumnFailsEvenWhenNoRowWouldBeRead()
        {
            var org = TestOrganization.Create();
            var query = new QueryExpression("account");
            query.Criteria.AddCondition("foo", ConditionOperator.Equal, 1);

            var fault = Faults.Of(() => org.Service.RetrieveMultiple(query));

            Assert.AreEqual(ErrorCodes.AttributeNotInEntity, fault.ErrorCode);
        }

        [TestMethod]
        public void NestedAndOrFilters()
        {
            var f = new QueryFixture();
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("industrycode", ConditionOperator.Equal, 1);
            var either = query.Criteria.AddFilter(LogicalOperator.Or);
            either.AddCondition("numberofemployees", ConditionOperator.LessThan, 20);
            either.AddCondition("name", ConditionOperator.Like, "%100%");

            CollectionAssert.AreEqual(new[] { "Minera 100%", "Región Sur" }, f.Names(query));
        }
    }
}
