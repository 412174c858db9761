using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// A keyed collection of SDK values (attributes, parameters, images), as the real SDK's: a dictionary
    /// wrapper whose indexer throws <see cref="KeyNotFoundException"/> for a missing key with the .NET
    /// Framework message that plugins see inside Dataverse. No public constructor: only the SDK derives from it.
    /// </summary>
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    {
        // The message the real SDK's dictionary gives on .NET Framework (modern .NET names the key; Dataverse does not).
        internal const string MissingKeyMessage = "The given key was not present in the dictionary.";

        private readonly Dictionary<TKey, TValue> _items = new Dictionary<TKey, TValue>();

        internal DataCollection()
        {
        }

        public TValue this[TKey key]
        {
            get
            {
                if (key == null || !_items.TryGetValue(key, out var value))
                {
                    throw new KeyNotFoundException(MissingKeyMessage);
                }
                return value;
            }
            set { _items[key] = value; }
        }

        public int Count => _items.Count;

        public bool IsReadOnly => false;

        public ICollection<TKey> Keys => _items.Keys;

        public ICollection<TValue> Values => _items.Values;

        public void Add(TKey key, TValue value) => _items.Add(key, value);

        public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item.Key, item.Value);

        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
        {
            if (items == null)
            {
                return;
            }
            foreach (var item in items)
            {
                Add(item);
            }
        }

        public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

        public void Clear() => _items.Clear();

        public bool Contains(TKey key) => key != null && _items.ContainsKey(key);

        public bool Contains(KeyValuePair<TKey, TValue> key) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).Contains(key);

        public bool ContainsKey(TKey key) => Contains(key);

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null)
            {
                value = default(TValue);
                return false;
            }
            return _items.TryGetValue(key, out value);
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).CopyTo(array, index);

        public bool Remove(TKey key) => key != null && _items.Remove(key);

        public bool Remove(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).Remove(item);

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
