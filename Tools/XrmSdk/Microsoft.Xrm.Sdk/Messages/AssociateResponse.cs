namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Associate: no results.</summary>
    public sealed class AssociateResponse : OrganizationResponse
    {
        public AssociateResponse()
        {
            ResponseName = "Associate";
        }
    }
}
