using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>What the service reports about a failed operation.</summary>
    public abstract class BaseServiceFault : IExtensibleDataObject
    {
        private ErrorDetailCollection _errorDetails = new ErrorDetailCollection();

        internal BaseServiceFault()
        {
        }

        public int ErrorCode { get; set; }

        public string Message { get; set; }

        public DateTime Timestamp { get; set; }

        public Guid ActivityId { get; set; }

        public string HelpLink { get; set; }

        public ErrorDetailCollection ErrorDetails
        {
            get => _errorDetails;
            set => _errorDetails = value ?? new ErrorDetailCollection();
        }

        public ExtensionDataObject ExtensionData { get; set; }
    }
}
