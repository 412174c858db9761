namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Update: no results.</summary>
    public sealed class UpdateResponse : OrganizationResponse
    {
        public UpdateResponse()
        {
            ResponseName = "Update";
        }
    }
}
