namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The Delete message. Properties read and write <see cref="OrganizationRequest.Parameters"/> by name, as in the real SDK.</summary>
    public sealed class DeleteRequest : OrganizationRequest
    {
        public DeleteRequest()
        {
            RequestName = "Delete";
            Target = null;
        }

        public EntityReference Target
        {
            get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
            set => Parameters["Target"] = value;
        }
    }
}
