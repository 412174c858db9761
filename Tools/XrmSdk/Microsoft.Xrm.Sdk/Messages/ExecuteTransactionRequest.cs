namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The ExecuteTransaction message: all requests in one transaction. Properties read and write <see cref="OrganizationRequest.Parameters"/> by name.</summary>
    public sealed class ExecuteTransactionRequest : OrganizationRequest
    {
        public ExecuteTransactionRequest()
        {
            RequestName = "ExecuteTransaction";
            Requests = null;
        }

        public OrganizationRequestCollection Requests
        {
            get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : null;
            set => Parameters["Requests"] = value;
        }

        /// <summary>Whether the responses come back; absent (null) means no.</summary>
        public bool? ReturnResponses
        {
            get => Parameters.Contains("ReturnResponses") ? (bool?)Parameters["ReturnResponses"] : null;
            set => Parameters["ReturnResponses"] = value;
        }
    }
}
