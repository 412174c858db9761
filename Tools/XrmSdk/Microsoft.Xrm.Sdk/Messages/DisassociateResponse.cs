namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Disassociate: no results.</summary>
    public sealed class DisassociateResponse : OrganizationResponse
    {
        public DisassociateResponse()
        {
            ResponseName = "Disassociate";
        }
    }
}
