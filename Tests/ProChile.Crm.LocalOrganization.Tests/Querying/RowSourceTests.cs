using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Tests.SamplePlugins;

namespace ProChile.Crm.LocalOrganization.Tests.Querying
{
    /// <summary>
    /// Queries whose Equal/In condition on a key column reads rows through the column's index: they return exactly
    /// what a scan of the table returns, after creates, updates, deletes and rolled-back writes.
    /// </summary>
    [TestClass]
    public sealed class RowSourceTests
    {
        private static QueryExpression ChildrenOf(Guid parent)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, parent);
            return query;
        }

        private static string[] Names(LocalOrganization org, QueryExpression query) =>
            org.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray();

        private static (LocalOrganization Org, Guid Norte, Guid Sur) TwoParents()
        {
            var org = TestOrganization.Create();
            var ids = org.Seed(new Entity("account") { ["name"] = "Matriz Norte" }, new Entity("account") { ["name"] = "Matriz Sur" });
            return (org, ids[0], ids[1]);
        }

        private static QueryExpression Named(string name)
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("name", ConditionOperator.Equal, name);
            return query;
        }

        [TestMethod]
        public void EqualOnTextFindsThroughTheIndexWhatTheCollationAcceptsBeforeAndAfterAnUpdate()
        {
            var org = TestOrganization.Create();
            var ids = org.Seed(new Entity("account") { ["name"] = "Región Ñuble  " }, new Entity("account") { ["name"] = "Region Nuble Sur" });

            // Case, accents and trailing spaces ignored, as Latin1_General_CI_AI does; a longer text is not equal.
            CollectionAssert.AreEqual(new[] { "Región Ñuble  " }, Names(org, Named("REGION NUBLE")));

            org.Service.Update(new Entity("account", ids[0]) { ["name"] = "Región Maule" });

            CollectionAssert.AreEqual(Array.Empty<string>(), Names(org, Named("region ñuble")));
            CollectionAssert.AreEqual(new[] { "Región Maule" }, Names(org, Named("región maule ")));
        }

        [TestMethod]
        public void AnUpdatedLookupFindsTheRowUnderItsNewValueAndNoLongerUnderTheOld()
        {
            var (org, norte, sur) = TwoParents();
            var child = org.Service.Create(new Entity("account") { ["name"] = "Filial", ["parentaccountid"] = new EntityReference("account", norte) });
            CollectionAssert.AreEqual(new[] { "Filial" }, Names(org, ChildrenOf(norte)));

            org.Service.Update(new Entity("account", child) { ["parentaccountid"] = new EntityReference("account", sur) });

            CollectionAssert.AreEqual(Array.Empty<string>(), Names(org, ChildrenOf(norte)));
            CollectionAssert.AreEqual(new[] { "Filial" }, Names(org, ChildrenOf(sur)));
        }

        [TestMethod]
        public void AClearedLookupIsFoundByNullAndNotByItsOldValue()
        {
            var (org, norte, _) = TwoParents();
            var child = org.Service.Create(new Entity("account") { ["name"] = "Filial", ["parentaccountid"] = new EntityReference("account", norte) });
            Names(org, ChildrenOf(norte));

            org.Service.Update(new Entity("account", child) { ["parentaccountid"] = null });

            CollectionAssert.AreEqual(Array.Empty<string>(), Names(org, ChildrenOf(norte)));
            var orphans = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            orphans.Criteria.AddCondition("parentaccountid", ConditionOperator.Null);
            CollectionAssert.AreEqual(new[] { "Matriz Norte", "Matriz Sur", "Filial" }, Names(org, orphans));
        }

        [TestMethod]
        public void ADeletedRowIsNoLongerFoundByItsLookup()
        {
            var (org, norte, _) = TwoParents();
            var first = org.Service.Create(new Entity("account") { ["name"] = "Filial 1", ["parentaccountid"] = new EntityReference("account", norte) });
            org.Service.Create(new Entity("account") { ["name"] = "Filial 2", ["parentaccountid"] = new EntityReference("account", norte) });
            CollectionAssert.AreEqual(new[] { "Filial 1", "Filial 2" }, Names(org, ChildrenOf(norte)));

            org.Service.Delete("account", first);

            CollectionAssert.AreEqual(new[] { "Filial 2" }, Names(org, ChildrenOf(norte)));
        }

        [TestMethod]
        public void AQueryAfterARolledBackUpdateOfALookupReturnsTheOldRow()
        {
            var (org, norte, sur) = TwoParents();
            org.RegisterPluginsFrom(typeof(CreditLimitChangeTaskPlugin));
            var child = org.Service.Create(new Entity("account") { ["name"] = "Filial", ["creditlimit"] = 1000m, ["parentaccountid"] = new EntityReference("account", norte) });
            CollectionAssert.AreEqual(new[] { "Filial" }, Names(org, ChildrenOf(norte)));
            org.Activity.Clear();
            org.Faults.FailCall(2); // the plugin's task Create fails, so the whole Update rolls back

            Faults.Of(() => org.Service.Update(new Entity("account", child) { ["creditlimit"] = 2500m, ["parentaccountid"] = new EntityReference("account", sur) }));

            var rows = org.Service.RetrieveMultiple(new QueryExpression("account")
            {
                ColumnSet = new ColumnSet("name", "creditlimit"),
                Criteria = { Conditions = { new ConditionExpression("parentaccountid", ConditionOperator.Equal, norte) } },
            });
            Assert.AreEqual(1, rows.Entities.Count);
            Assert.AreEqual(1000m, rows.Entities[0].GetAttributeValue<decimal>("creditlimit"));
            CollectionAssert.AreEqual(Array.Empty<string>(), Names(org, ChildrenOf(sur)));
        }

        private static QueryExpression ActiveWithoutCreditLimit()
        {
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            query.Criteria.AddCondition("creditlimit", ConditionOperator.Null);
            query.AddOrder("name", OrderType.Ascending);
            return query;
        }

        [TestMethod]
        public void ANullConditionReadsTheRowsWithoutAValueAfterSetsClearsDeletesAndARolledBackUpdate()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(CreditLimitChangeTaskPlugin));
            var ids = org.Seed(new Entity("account") { ["name"] = "Agrícola" }, new Entity("account") { ["name"] = "Minera", ["creditlimit"] = 10m },
                new Entity("account") { ["name"] = "Forestal" });
            CollectionAssert.AreEqual(new[] { "Agrícola", "Forestal" }, Names(org, ActiveWithoutCreditLimit()));

            org.Service.Update(new Entity("account", ids[0]) { ["creditlimit"] = 5m });
            org.Service.Update(new Entity("account", ids[1]) { ["creditlimit"] = null });
            org.Service.Delete("account", ids[2]);
            CollectionAssert.AreEqual(new[] { "Minera" }, Names(org, ActiveWithoutCreditLimit()));

            org.Faults.FailCall(2); // the plugin's task Create fails, so the whole Update rolls back
            Faults.Of(() => org.Service.Update(new Entity("account", ids[1]) { ["creditlimit"] = 2500m }));
            CollectionAssert.AreEqual(new[] { "Minera" }, Names(org, ActiveWithoutCreditLimit()));
        }

        [TestMethod]
        public void AnInConditionOnAChoiceReturnsEachMatchingRowOnceInOrder()
        {
            var org = TestOrganization.Create();
            org.Seed(
                new Entity("account") { ["name"] = "Minera", ["industrycode"] = new OptionSetValue(2) },
                new Entity("account") { ["name"] = "Agrícola", ["industrycode"] = new OptionSetValue(1) },
                new Entity("account") { ["name"] = "Forestal", ["industrycode"] = new OptionSetValue(3) },
                new Entity("account") { ["name"] = "Sin rubro" });
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("industrycode", ConditionOperator.In, 2, 1, 2);
            query.AddOrder("name", OrderType.Ascending);

            CollectionAssert.AreEqual(new[] { "Agrícola", "Minera" }, Names(org, query));
        }

        [TestMethod]
        public void TheOtherConditionsOfTheFilterStillApplyToTheRowsTheIndexFinds()
        {
            var (org, norte, _) = TwoParents();
            org.Seed(
                new Entity("account") { ["name"] = "Filial 1", ["numberofemployees"] = 10, ["parentaccountid"] = new EntityReference("account", norte) },
                new Entity("account") { ["name"] = "Filial 2", ["numberofemployees"] = 90, ["parentaccountid"] = new EntityReference("account", norte) });
            var query = ChildrenOf(norte);
            query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 50);

            CollectionAssert.AreEqual(new[] { "Filial 2" }, Names(org, query));
        }

        [TestMethod]
        public void AnOrFilterIsNotNarrowedToTheLookupValue()
        {
            var (org, norte, _) = TwoParents();
            org.Seed(new Entity("account") { ["name"] = "Filial", ["parentaccountid"] = new EntityReference("account", norte) });
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.FilterOperator = LogicalOperator.Or;
            query.Criteria.AddCondition("parentaccountid", ConditionOperator.Equal, norte);
            query.Criteria.AddCondition("name", ConditionOperator.Equal, "Matriz Sur");

            CollectionAssert.AreEqual(new[] { "Matriz Sur", "Filial" }, Names(org, query));
        }

        [TestMethod]
        public void AnInnerJoinOnALookupReturnsOneRowPerLinkedRecord()
        {
            var (org, norte, sur) = TwoParents();
            org.Seed(
                new Entity("task") { ["subject"] = "Llamar", ["regardingobjectid"] = new EntityReference("account", norte) },
                new Entity("task") { ["subject"] = "Visitar", ["regardingobjectid"] = new EntityReference("account", norte) },
                new Entity("task") { ["subject"] = "Escribir", ["regardingobjectid"] = new EntityReference("account", sur) });
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            var link = query.AddLink("task", "accountid", "regardingobjectid");
            link.EntityAlias = "t";
            link.Columns = new ColumnSet("subject");
            query.AddOrder("name", OrderType.Ascending);

            var rows = org.Service.RetrieveMultiple(query).Entities;

            CollectionAssert.AreEqual(
                new[] { "Matriz Norte/Llamar", "Matriz Norte/Visitar", "Matriz Sur/Escribir" },
                rows.Select(r => r.GetAttributeValue<string>("name") + "/" + (string)r.GetAttributeValue<AliasedValue>("t.subject").Value).ToArray());
        }
    }
}
