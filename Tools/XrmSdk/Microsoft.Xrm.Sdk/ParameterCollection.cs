namespace Microsoft.Xrm.Sdk
{
    /// <summary>Input/output parameters of a message and shared variables of the pipeline.</summary>
    public class ParameterCollection : DataCollection<string, object>
    {
        /// <summary>Sets the value under <paramref name="key"/> unless the value is null.</summary>
        public void AddOrUpdateIfNotNull(string key, object value)
        {
            if (value != null)
            {
                this[key] = value;
            }
        }

        /// <summary>
        /// True when the key is present and its value is a <typeparamref name="T"/> (or null for a
        /// reference/nullable type); false otherwise, with <paramref name="value"/> the default.
        /// </summary>
        public bool TryGetValue<T>(string key, out T value)
        {
            if (base.TryGetValue(key, out var raw) && (raw is T || (raw == null && default(T) == null)))
            {
                value = (T)raw;
                return true;
            }
            value = default(T);
            return false;
        }
    }
}
