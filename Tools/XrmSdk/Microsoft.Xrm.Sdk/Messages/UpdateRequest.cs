namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The Update message. Properties read and write <see cref="OrganizationRequest.Parameters"/> by name, as in the real SDK.</summary>
    public sealed class UpdateRequest : OrganizationRequest
    {
        public UpdateRequest()
        {
            RequestName = "Update";
            Target = null;
        }

        public Entity Target
        {
            get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
            set => Parameters["Target"] = value;
        }
    }
}
