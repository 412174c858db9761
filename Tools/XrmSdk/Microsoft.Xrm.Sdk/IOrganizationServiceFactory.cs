using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Creates an organization service running as a user (null: the system user).</summary>
    public interface IOrganizationServiceFactory
    {
        IOrganizationService CreateOrganizationService(Guid? userId);
    }
}
