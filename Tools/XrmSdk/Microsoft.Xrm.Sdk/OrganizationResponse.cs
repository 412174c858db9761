using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The answer to an <see cref="OrganizationRequest"/>: its name and its results by name.</summary>
    public class OrganizationResponse : IExtensibleDataObject
    {
        private ParameterCollection _results = new ParameterCollection();

        public string ResponseName { get; set; }

        public ParameterCollection Results
        {
            get => _results;
            set => _results = value ?? new ParameterCollection();
        }

        public object this[string parameterName]
        {
            get => Results[parameterName];
            set => Results[parameterName] = value;
        }

        public ExtensionDataObject ExtensionData { get; set; }

        // The typed responses read their results like this: absent means default, as in the real SDK.
        internal T GetResult<T>(string name)
        {
            return Results.TryGetValue(name, out var value) && value != null ? (T)value : default(T);
        }
    }
}
