namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The ExecuteMultiple message. Properties read and write <see cref="OrganizationRequest.Parameters"/> by name, as in the real SDK.</summary>
    public sealed class ExecuteMultipleRequest : OrganizationRequest
    {
        public ExecuteMultipleRequest()
        {
            RequestName = "ExecuteMultiple";
            Requests = null;
            Settings = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : null;
            set => Parameters["Requests"] = value;
        }

        public ExecuteMultipleSettings Settings
        {
            get => Parameters.Contains("Settings") ? (ExecuteMultipleSettings)Parameters["Settings"] : null;
            set => Parameters["Settings"] = value;
        }
    }
}
