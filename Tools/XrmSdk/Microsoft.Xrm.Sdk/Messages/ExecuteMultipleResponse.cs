namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to ExecuteMultiple; properties read <see cref="OrganizationResponse.Results"/> by name.</summary>
    public sealed class ExecuteMultipleResponse : OrganizationResponse
    {
        public ExecuteMultipleResponse()
        {
            ResponseName = "ExecuteMultiple";
        }

        public bool IsFaulted => GetResult<bool>("IsFaulted");

        public ExecuteMultipleResponseItemCollection Responses => GetResult<ExecuteMultipleResponseItemCollection>("Responses");
    }
}
