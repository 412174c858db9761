using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.XrmSdk.Tests.Sdk
{
    /// <summary>The keyed and listed collections: ParameterCollection, EntityImageCollection, AttributeCollection, EntityCollection.</summary>
    [TestClass]
    public sealed class DataCollectionTests
    {
        [TestMethod]
        public void AParameterCollection_IsADataCollectionOfStringAndObject()
        {
            Assert.IsInstanceOfType<DataCollection<string, object>>(new ParameterCollection());
            Assert.IsInstanceOfType<DataCollection<string, Entity>>(new EntityImageCollection());
            Assert.IsInstanceOfType<DataCollection<string, object>>(new AttributeCollection());
        }

        [TestMethod]
        public void AddingAnExistingKey_Throws_WhileTheIndexerReplaces()
        {
            var parameters = new ParameterCollection { { "Target", 1 } };

            Assert.ThrowsExactly<System.ArgumentException>(() => parameters.Add("Target", 2));
            parameters["Target"] = 3;
            Assert.AreEqual(3, parameters["Target"]);
        }

        [TestMethod]
        public void AMissingImage_ThrowsKeyNotFound_AndTryGetValueSaysFalse()
        {
            var images = new EntityImageCollection();

            Assert.ThrowsExactly<KeyNotFoundException>(() => images["PreImage"]);
            Assert.IsFalse(images.TryGetValue("PreImage", out var image));
            Assert.IsNull(image);
            Assert.IsFalse(images.Contains("PreImage"));
        }

        [TestMethod]
        public void TryGetValueOfT_ChecksTheType()
        {
            var parameters = new ParameterCollection { { "Target", new Entity("account") }, { "Count", 3 } };

            Assert.IsTrue(parameters.TryGetValue<Entity>("Target", out var target));
            Assert.AreEqual("account", target.LogicalName);
            Assert.IsFalse(parameters.TryGetValue<EntityReference>("Target", out var reference));
            Assert.IsNull(reference);
            Assert.IsFalse(parameters.TryGetValue<int>("Missing", out _));
        }

        [TestMethod]
        public void AddOrUpdateIfNotNull_SkipsNullValues()
        {
            var parameters = new ParameterCollection();

            parameters.AddOrUpdateIfNotNull("a", null);
            parameters.AddOrUpdateIfNotNull("b", 2);
            parameters.AddOrUpdateIfNotNull("b", 3);

            Assert.IsFalse(parameters.Contains("a"));
            Assert.AreEqual(3, parameters["b"]);
        }

        [TestMethod]
        public void KeysValuesAndEnumeration_FollowInsertionOrder()
        {
            var attributes = new AttributeCollection { { "name", "ProChile" }, { "telephone1", "+56 2 2827 5100" } };

            CollectionAssert.AreEqual(new[] { "name", "telephone1" }, attributes.Keys.ToArray());
            CollectionAssert.AreEqual(new object[] { "ProChile", "+56 2 2827 5100" }, attributes.Values.ToArray());
            Assert.AreEqual("name", attributes.First().Key);
        }

        [TestMethod]
        public void RemoveAndClear_EmptyTheCollection()
        {
            var attributes = new AttributeCollection { { "name", "ProChile" }, { "telephone1", "1" } };

            Assert.IsTrue(attributes.Remove("name"));
            Assert.IsFalse(attributes.Remove("name"));
            Assert.AreEqual(1, attributes.Count);
            attributes.Clear();
            Assert.AreEqual(0, attributes.Count);
        }

        [TestMethod]
        public void AnEntityCollection_IndexesItsEntities_AndWrapsAGivenList()
        {
            var list = new List<Entity> { new Entity("account"), new Entity("contact") };

            var collection = new EntityCollection(list) { EntityName = "account", MoreRecords = true };
            list.Add(new Entity("lead"));

            Assert.AreEqual(3, collection.Entities.Count);
            Assert.AreEqual("contact", collection[1].LogicalName);
            Assert.IsTrue(collection.MoreRecords);
        }

        [TestMethod]
        public void AListedDataCollection_AddsRanges_AndCopiesToAnArray()
        {
            var references = new EntityReferenceCollection();

            references.AddRange(new EntityReference("contact", System.Guid.Empty), new EntityReference("account", System.Guid.Empty));

            Assert.AreEqual(2, references.ToArray().Length);
            Assert.AreEqual("account", references[1].LogicalName);
        }
    }
}
