namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Delete: no results.</summary>
    public sealed class DeleteResponse : OrganizationResponse
    {
        public DeleteResponse()
        {
            ResponseName = "Delete";
        }
    }
}
