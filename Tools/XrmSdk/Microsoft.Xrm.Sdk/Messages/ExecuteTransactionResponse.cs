namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to ExecuteTransaction; properties read <see cref="OrganizationResponse.Results"/> by name.</summary>
    public sealed class ExecuteTransactionResponse : OrganizationResponse
    {
        public ExecuteTransactionResponse()
        {
            ResponseName = "ExecuteTransaction";
        }

        public OrganizationResponseCollection Responses => GetResult<OrganizationResponseCollection>("Responses");
    }
}
