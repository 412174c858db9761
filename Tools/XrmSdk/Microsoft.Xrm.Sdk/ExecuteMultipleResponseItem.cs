using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The outcome of one request of an ExecuteMultiple: its index, and its response or fault.</summary>
    public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
    {
        public int RequestIndex { get; set; }

        public OrganizationResponse Response { get; set; }

        public OrganizationServiceFault Fault { get; set; }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
