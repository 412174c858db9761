using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace ProChile.Crm.XrmSdk.Tests.Sdk
{
    [TestClass]
    public sealed class EntityTests
    {
        private static readonly Guid AccountId = new Guid("6f1c5a2e-0000-4000-8000-000000000001");

        [TestMethod]
        public void TheIndexer_ThrowsKeyNotFound_WithTheFrameworkMessage_ForAMissingAttribute()
        {
            var account = new Entity("account", AccountId);

            var error = Assert.ThrowsExactly<KeyNotFoundException>(() => account["name"]);

            Assert.AreEqual("The given key was not present in the dictionary.", error.Message);
        }

        [TestMethod]
        public void GetAttributeValue_ReturnsTheDefault_ForAMissingOrNullAttribute()
        {
            var account = new Entity("account") { ["revenue"] = null };

            Assert.IsNull(account.GetAttributeValue<string>("name"));
            Assert.AreEqual(0, account.GetAttributeValue<int>("numberofemployees"));
            Assert.IsNull(account.GetAttributeValue<int?>("numberofemployees"));
            Assert.IsNull(account.GetAttributeValue<Money>("revenue"));
        }

        [TestMethod]
        public void GetAttributeValue_ThrowsInvalidCast_ForAValueOfAnotherType()
        {
            var account = new Entity("account") { ["name"] = "ProChile" };

            Assert.ThrowsExactly<InvalidCastException>(() => account.GetAttributeValue<int>("name"));
        }

        [TestMethod]
        public void TheIndexer_WritesTheAttributesCollection()
        {
            var account = new Entity("account");

            account["name"] = "ProChile";

            Assert.IsTrue(account.Contains("name"));
            Assert.AreEqual("ProChile", account.Attributes["name"]);
            Assert.AreEqual(1, account.Attributes.Count);
        }

        [TestMethod]
        public void TryGetAttributeValue_IsFalse_ForAMissingAttribute_AndForAnotherType()
        {
            var account = new Entity("account") { ["name"] = "ProChile" };

            Assert.IsFalse(account.TryGetAttributeValue<string>("telephone1", out var phone));
            Assert.IsNull(phone);
            Assert.IsFalse(account.TryGetAttributeValue<int>("name", out var number));
            Assert.AreEqual(0, number);
            Assert.IsTrue(account.TryGetAttributeValue<string>("name", out var name));
            Assert.AreEqual("ProChile", name);
        }

        [TestMethod]
        public void ToEntityReference_CarriesLogicalNameAndId()
        {
            var account = new Entity("account", AccountId);

            var reference = account.ToEntityReference();

            Assert.AreEqual("account", reference.LogicalName);
            Assert.AreEqual(AccountId, reference.Id);
            Assert.AreEqual(new EntityReference("account", AccountId), reference);
        }

        [TestMethod]
        public void TheIdProperty_IsNotTheIdAttribute()
        {
            var account = new Entity("account", AccountId);

            Assert.IsFalse(account.Contains("accountid"));
        }

        [TestMethod]
        public void SettingAttributesToNull_LeavesAnEmptyCollection()
        {
            var account = new Entity("account") { Attributes = null! };

            Assert.AreEqual(0, account.Attributes.Count);
        }

        [TestMethod]
        public void ToEntity_ConvertsToTheEarlyBoundTypeOfTheSameTable_SharingTheAttributes()
        {
            var late = new Entity("account", AccountId) { ["name"] = "ProChile" };

            var early = late.ToEntity<Account>();

            Assert.AreEqual(AccountId, early.Id);
            Assert.AreEqual("ProChile", early.Name);
            early["name"] = "ProChile Santiago";
            Assert.AreEqual("ProChile Santiago", late["name"]);
        }

        [TestMethod]
        public void ToEntity_RefusesAnEarlyBoundTypeOfAnotherTable()
        {
            var contact = new Entity("contact", AccountId);

            Assert.ThrowsExactly<NotSupportedException>(() => contact.ToEntity<Account>());
        }

        [EntityLogicalName("account")]
        private sealed class Account : Entity
        {
            public Account() : base("account")
            {
            }

            public string Name => GetAttributeValue<string>("name");
        }
    }
}
