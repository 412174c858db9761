using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Whether ExecuteMultiple continues after a fault and whether it returns the responses.</summary>
    public sealed class ExecuteMultipleSettings : IExtensibleDataObject
    {
        public bool ContinueOnError { get; set; }

        public bool ReturnResponses { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
