namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Upsert: whether the row was created, and which row; read from <see cref="OrganizationResponse.Results"/>.</summary>
    public sealed class UpsertResponse : OrganizationResponse
    {
        public UpsertResponse()
        {
            ResponseName = "Upsert";
        }

        public bool RecordCreated => GetResult<bool>("RecordCreated");

        public EntityReference Target => GetResult<EntityReference>("Target");
    }
}
