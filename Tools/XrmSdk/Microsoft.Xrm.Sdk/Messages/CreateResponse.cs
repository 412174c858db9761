using System;

namespace Microsoft.Xrm.Sdk.Messages
{
    /// <summary>The answer to Create; properties read <see cref="OrganizationResponse.Results"/> by name.</summary>
    public sealed class CreateResponse : OrganizationResponse
    {
        public CreateResponse()
        {
            ResponseName = "Create";
        }

        public Guid id => GetResult<Guid>("id");
    }
}
