using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Tests.Storage
{
    /// <summary>The store's column indexes follow every insert, replace and remove, and every rollback of them.</summary>
    [TestClass]
    public sealed class RecordStoreTests
    {
        private static readonly Guid Norte = new Guid("00000000-0000-0000-0000-000000000001");
        private static readonly Guid Sur = new Guid("00000000-0000-0000-0000-000000000002");
        private static readonly Guid Filial = new Guid("00000000-0000-0000-0000-0000000000f1");

        private static StoredRecord Task(Guid id, Guid regarding) =>
            new StoredRecord("task", id, new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["activityid"] = id,
                ["regardingobjectid"] = new EntityReference("account", regarding),
            });

        private static Guid[] Regarding(RecordStore store, Guid account) =>
            store.FindBy("task", "regardingobjectid", account).Select(r => r.Id).ToArray();

        private static RecordStore WithTaskOf(Guid account)
        {
            var store = new RecordStore();
            var setup = new StoreTransaction();
            store.Insert(Task(Filial, account), setup);
            setup.Commit();
            CollectionAssert.AreEqual(new[] { Filial }, Regarding(store, account)); // builds the index
            return store;
        }

        [TestMethod]
        public void ARolledBackReplaceRestoresTheOldKey()
        {
            var store = WithTaskOf(Norte);
            var transaction = new StoreTransaction();
            store.Replace(Task(Filial, Sur), transaction);
            CollectionAssert.AreEqual(new[] { Filial }, Regarding(store, Sur));

            transaction.Rollback();

            CollectionAssert.AreEqual(new[] { Filial }, Regarding(store, Norte));
            CollectionAssert.AreEqual(Array.Empty<Guid>(), Regarding(store, Sur));
        }

        [TestMethod]
        public void ARolledBackRemoveRestoresTheRowUnderItsKey()
        {
            var store = WithTaskOf(Norte);
            var transaction = new StoreTransaction();
            store.Remove("task", Filial, transaction);
            CollectionAssert.AreEqual(Array.Empty<Guid>(), Regarding(store, Norte));

            transaction.Rollback();

            CollectionAssert.AreEqual(new[] { Filial }, Regarding(store, Norte));
        }

        [TestMethod]
        public void ARolledBackInsertLeavesNothingUnderItsKey()
        {
            var store = WithTaskOf(Norte);
            var other = new Guid("00000000-0000-0000-0000-0000000000f2");
            var transaction = new StoreTransaction();
            store.Insert(Task(other, Sur), transaction);
            CollectionAssert.AreEqual(new[] { other }, Regarding(store, Sur));

            transaction.Rollback();

            CollectionAssert.AreEqual(Array.Empty<Guid>(), Regarding(store, Sur));
            Assert.IsNull(store.Find("task", other));
        }

        [TestMethod]
        public void AnIndexBuiltInsideATransactionIsRolledBackWithIt()
        {
            var store = new RecordStore();
            var transaction = new StoreTransaction();
            store.Insert(Task(Filial, Norte), transaction);
            CollectionAssert.AreEqual(new[] { Filial }, Regarding(store, Norte));

            transaction.Rollback();

            CollectionAssert.AreEqual(Array.Empty<Guid>(), Regarding(store, Norte));
        }
    }
}
