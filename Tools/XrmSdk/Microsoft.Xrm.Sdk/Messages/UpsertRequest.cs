namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The Upsert message: update the row its key names, or create it. Properties read and write <see cref="OrganizationRequest.Parameters"/> by name.</summary>
    public sealed class UpsertRequest : OrganizationRequest
    {
        public UpsertRequest()
        {
            RequestName = "Upsert";
            Target = null;
        }

        public Entity Target
        {
            get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
            set => Parameters["Target"] = value;
        }
    }
}
