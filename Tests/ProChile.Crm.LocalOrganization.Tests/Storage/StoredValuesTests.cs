using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.LocalOrganization.Tests.Storage
{
    /// <summary>Rows share one instance of a repeated value (a choice, a flag, the owner); what a caller reads is still its own copy.</summary>
    [TestClass]
    public sealed class StoredValuesTests
    {
        [TestMethod]
        public void ChangingAReadChoiceOrOwnerDoesNotChangeAnotherRowWithTheSameValue()
        {
            var org = TestOrganization.Create();
            var first = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur", ["industrycode"] = new OptionSetValue(1), ["donotemail"] = true });
            var second = org.Service.Create(new Entity("account") { ["name"] = "Viña Norte", ["industrycode"] = new OptionSetValue(1), ["donotemail"] = true });

            var read = org.Service.Retrieve("account", first, new ColumnSet("industrycode", "ownerid"));
            read.GetAttributeValue<OptionSetValue>("industrycode").Value = 3;
            read.GetAttributeValue<EntityReference>("ownerid").Id = System.Guid.Empty;

            var other = org.Service.Retrieve("account", second, new ColumnSet("industrycode", "ownerid", "donotemail"));
            Assert.AreEqual(1, other.GetAttributeValue<OptionSetValue>("industrycode").Value);
            Assert.AreEqual(org.CallerId, other.GetAttributeValue<EntityReference>("ownerid").Id);
            Assert.IsTrue(other.GetAttributeValue<bool>("donotemail"));
            Assert.AreEqual(1, org.Inspect("account", first)!.GetAttributeValue<OptionSetValue>("industrycode").Value);
        }

        [TestMethod]
        public void AnUpdateThatRemovesAColumnLeavesTheOtherColumnsAsTheyWere()
        {
            var org = TestOrganization.Create();
            var id = org.Service.Create(new Entity("account") { ["name"] = "Viña Sur", ["industrycode"] = new OptionSetValue(2), ["numberofemployees"] = 40 });

            org.Service.Update(new Entity("account", id) { ["industrycode"] = null });

            var row = org.Inspect("account", id)!;
            Assert.IsFalse(row.Contains("industrycode"));
            Assert.AreEqual(40, row.GetAttributeValue<int>("numberofemployees"));
            Assert.AreEqual("Viña Sur", row.GetAttributeValue<string>("name"));
        }
    }
}
