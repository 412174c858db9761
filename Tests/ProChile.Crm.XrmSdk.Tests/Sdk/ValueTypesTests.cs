using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.XrmSdk.Tests.Sdk
{
    /// <summary>EntityReference, OptionSetValue, Money, Relationship, AliasedValue: equality as in the SDK.</summary>
    [TestClass]
    public sealed class ValueTypesTests
    {
        private static readonly Guid ContactId = new Guid("0b8a5a33-0000-4000-8000-000000000002");

        [TestMethod]
        public void EntityReferences_AreEqual_WhenLogicalNameAndIdAreEqual_WhateverTheName()
        {
            var a = new EntityReference("contact", ContactId) { Name = "Ana" };
            var b = new EntityReference("contact", ContactId) { Name = "Ana María" };

            Assert.AreEqual(a, b);
            Assert.AreEqual(a.GetHashCode(), b.GetHashCode());
            Assert.AreNotEqual(a, new EntityReference("account", ContactId));
            Assert.AreNotEqual(a, new EntityReference("contact", Guid.Empty));
        }

        [TestMethod]
        public void EntityReferences_FindEachOtherInAHashSet()
        {
            var set = new HashSet<EntityReference> { new EntityReference("contact", ContactId) };

            Assert.IsTrue(set.Contains(new EntityReference("contact", ContactId)));
        }

        [TestMethod]
        public void OptionSetValues_AreEqual_ByValue()
        {
            Assert.AreEqual(new OptionSetValue(100000001), new OptionSetValue(100000001));
            Assert.AreNotEqual(new OptionSetValue(100000001), new OptionSetValue(100000002));
            Assert.AreEqual(new OptionSetValue(7).GetHashCode(), new OptionSetValue(7).GetHashCode());
        }

        [TestMethod]
        public void Money_IsEqual_ByValue()
        {
            Assert.AreEqual(new Money(1500.50m), new Money(1500.50m));
            Assert.AreNotEqual(new Money(1500.50m), new Money(1500.51m));
        }

        [TestMethod]
        public void Relationships_AreEqual_BySchemaNameAndRole()
        {
            Assert.AreEqual(new Relationship("contact_customer_accounts"), new Relationship("contact_customer_accounts"));
            Assert.AreNotEqual(
                new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced },
                new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing });
            Assert.AreEqual("contact_customer_accounts", new Relationship("contact_customer_accounts").ToString());
        }

        [TestMethod]
        public void AnAliasedValue_TellsWhereItCameFrom()
        {
            var value = new AliasedValue("account", "name", "ProChile");

            Assert.AreEqual("account", value.EntityLogicalName);
            Assert.AreEqual("name", value.AttributeLogicalName);
            Assert.AreEqual("ProChile", value.Value);
        }

        [TestMethod]
        public void InvalidPluginExecutionException_DefaultsToFailed_WithTheIsvAbortedCode()
        {
            var error = new InvalidPluginExecutionException("El ejecutivo no existe.");

            Assert.AreEqual("El ejecutivo no existe.", error.Message);
            Assert.AreEqual(OperationStatus.Failed, error.Status);
            Assert.AreEqual(unchecked((int)0x80040265), error.ErrorCode);
            Assert.AreEqual(PluginHttpStatusCode.NotSet, error.HttpStatus);
        }

        [TestMethod]
        public void InvalidPluginExecutionException_KeepsStatusCodeAndHttpStatus()
        {
            var error = new InvalidPluginExecutionException(OperationStatus.Canceled, 42, "Cancelado.", PluginHttpStatusCode.Conflict);

            Assert.AreEqual(OperationStatus.Canceled, error.Status);
            Assert.AreEqual(42, error.ErrorCode);
            Assert.AreEqual(PluginHttpStatusCode.Conflict, error.HttpStatus);
        }
    }
}
