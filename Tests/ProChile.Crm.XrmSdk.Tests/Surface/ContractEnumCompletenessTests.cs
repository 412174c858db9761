using System;
using System.Linq;
using System.Reflection;

namespace ProChile.Crm.XrmSdk.Tests.Surface
{
    /// <summary>
    /// An enum the contracts declare has every value of the official one, with the same number: a missing
    /// value would be an unnamed number in our code, and a different number a wrong query or status.
    /// </summary>
    [TestClass]
    public sealed class ContractEnumCompletenessTests
    {
        [TestMethod]
        public void EveryMicrosoftXrmSdkEnum_DeclaresAllOfficialValues()
        {
            AssertEnumsComplete(typeof(Microsoft.Xrm.Sdk.Entity).Assembly, "microsoft.xrm.sdk-9.2.47.txt");
        }

        [TestMethod]
        public void EveryMicrosoftXrmSdkWorkflowEnum_DeclaresAllOfficialValues()
        {
            AssertEnumsComplete(typeof(Microsoft.Xrm.Sdk.Workflow.IWorkflowContext).Assembly, "microsoft.xrm.sdk.workflow-9.0.37.txt");
        }

        [TestMethod]
        public void EverySystemActivitiesEnum_DeclaresAllOfficialValues()
        {
            AssertEnumsComplete(typeof(System.Activities.CodeActivity).Assembly, "system.activities-4.0.txt");
        }

        [TestMethod]
        public void ConditionOperator_HasTheOfficialNumberForOnOrAfterAndUnder()
        {
            Assert.AreEqual(27, (int)Microsoft.Xrm.Sdk.Query.ConditionOperator.OnOrAfter);
            Assert.AreEqual(75, (int)Microsoft.Xrm.Sdk.Query.ConditionOperator.Under);
            Assert.AreEqual(89, Enum.GetValues(typeof(Microsoft.Xrm.Sdk.Query.ConditionOperator)).Length);
        }

        private static void AssertEnumsComplete(Assembly contract, string listingFile)
        {
            var official = ApiListing.Load(listingFile);
            var missing = contract.GetTypes()
                .Where(type => type.IsEnum && type.IsPublic)
                .SelectMany(type => official.LinesNamedUnder(ApiLineFormatter.DefinitionName(type)).Where(line => line.StartsWith("F:", StringComparison.Ordinal))
                    .Except(type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(ApiLineFormatter.FieldLine)))
                .ToList();

            Assert.AreEqual(0, missing.Count, "Official enum values missing from our contracts:\n  " + string.Join("\n  ", missing));
        }
    }
}
