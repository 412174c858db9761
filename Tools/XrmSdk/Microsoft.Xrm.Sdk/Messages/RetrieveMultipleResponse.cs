namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to RetrieveMultiple; properties read <see cref="OrganizationResponse.Results"/> by name.</summary>
    public sealed class RetrieveMultipleResponse : OrganizationResponse
    {
        public RetrieveMultipleResponse()
        {
            ResponseName = "RetrieveMultiple";
        }

        public EntityCollection EntityCollection => GetResult<EntityCollection>("EntityCollection");
    }
}
