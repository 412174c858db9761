namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Retrieve; properties read <see cref="OrganizationResponse.Results"/> by name.</summary>
    public sealed class RetrieveResponse : OrganizationResponse
    {
        public RetrieveResponse()
        {
            ResponseName = "Retrieve";
        }

        public Entity Entity => GetResult<Entity>("Entity");
    }
}
