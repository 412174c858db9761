using System.Reflection;
namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// RULE #1 of the contracts: every public or protected type and member they declare exists in the official
    /// assembly with exactly the same signature, or a plugin that passes our tests fails in Dataverse.
    /// </summary>
    [TestClass]
    public sealed class ContractSurfaceTests
    {
        [TestMethod]
        public void MicrosoftXrmSdk_DeclaresOnlyWhatTheOfficialSdkDeclares()
        {
            AssertSubsetOfOfficial(typeof(Microsoft.Xrm.Sdk.Entity).Assembly, "microsoft.xrm.sdk-9.2.47.txt");
        }

        [TestMethod]
        public void MicrosoftXrmSdkWorkflow_DeclaresOnlyWhatTheOfficialSdkDeclares()
        {
            AssertSubsetOfOfficial(typeof(Microsoft.Xrm.Sdk.Workflow.InputAttribute).Assembly, "microsoft.xrm.sdk.workflow-9.0.37.txt");
        }

        [TestMethod]
        public void SystemActivities_DeclaresOnlyWhatTheNetFrameworkAssemblyDeclares()
        {
            AssertSubsetOfOfficial(typeof(System.Activities.Activity).Assembly, "system.activities-4.0.txt");
        }

        private static void AssertSubsetOfOfficial(Assembly contract, string listingFile)
        {
            var official = ApiListing.Load(listingFile);
            var documentedProtected = ApiListing.Load(ApiListing.DocumentedProtectedMembersFile);
            var surface = ContractSurface.Of(contract);
            Assert.IsTrue(surface.Count > 0, $"{contract.GetName().Name} exposes no public surface: the check would pass vacuously.");

            var mismatches = SurfaceComparer.FindUnofficial(surface, official, documentedProtected);

            Assert.AreEqual(0, mismatches.Count, SurfaceComparer.Report(mismatches, contract.GetName().Name!, official));
        }
    }
}
