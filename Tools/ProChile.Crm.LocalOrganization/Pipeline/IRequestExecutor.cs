using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>Executes one request for one caller: the seam between the services callers hold and the organization.</summary>
    internal interface IRequestExecutor
    {
        OrganizationResponse Execute(OrganizationRequest request, CallerContext caller);
    }
}
