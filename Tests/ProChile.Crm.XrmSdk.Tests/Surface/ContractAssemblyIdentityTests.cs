using System;
using System.Reflection;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// The contracts carry the official identities, so what is compiled against them binds to the real
    /// assemblies in Dataverse: same name, version and Microsoft's public key token.
    /// </summary>
    [TestClass]
    public sealed class ContractAssemblyIdentityTests
    {
        private const string MicrosoftPublicKeyToken = "31bf3856ad364e35";

        [TestMethod]
        public void MicrosoftXrmSdk_IsVersion9000_WithMicrosoftsPublicKeyToken()
        {
            AssertIdentity(typeof(Microsoft.Xrm.Sdk.Entity).Assembly, "Microsoft.Xrm.Sdk", new Version(9, 0, 0, 0));
        }

        [TestMethod]
        public void MicrosoftXrmSdkWorkflow_IsVersion9000_WithMicrosoftsPublicKeyToken()
        {
            AssertIdentity(typeof(Microsoft.Xrm.Sdk.Workflow.IWorkflowContext).Assembly, "Microsoft.Xrm.Sdk.Workflow", new Version(9, 0, 0, 0));
        }

        [TestMethod]
        public void SystemActivities_IsVersion4000_WithMicrosoftsPublicKeyToken()
        {
            AssertIdentity(typeof(System.Activities.CodeActivity).Assembly, "System.Activities", new Version(4, 0, 0, 0));
        }

        private static void AssertIdentity(Assembly assembly, string expectedName, Version expectedVersion)
        {
            var name = assembly.GetName();
            Assert.AreEqual(expectedName, name.Name);
            Assert.AreEqual(expectedVersion, name.Version);
            Assert.AreEqual(MicrosoftPublicKeyToken, Convert.ToHexString(name.GetPublicKeyToken()!).ToLowerInvariant());
            Assert.AreEqual(
                $"{expectedName}, Version={expectedVersion}, Culture=neutral, PublicKeyToken={MicrosoftPublicKeyToken}",
                name.FullName);
        }
    }
}
