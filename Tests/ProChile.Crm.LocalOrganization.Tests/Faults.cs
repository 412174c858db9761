using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Tests
{
    /// <summary>Runs an action that must fail as Dataverse fails, and returns the fault's detail.</summary>
    internal static class Faults
    {
        public static OrganizationServiceFault Of(Action action)
        {
            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
            return fault.Detail;
        }
    }
}
