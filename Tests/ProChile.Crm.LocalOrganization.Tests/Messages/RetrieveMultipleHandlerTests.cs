using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Tests.Pipeline;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    [TestClass]
    public sealed class RetrieveMultipleHandlerTests
    {
        [TestMethod]
        public void APreOperationStepOnRetrieveMultipleCanNarrowTheQueryBeforeItRuns()
        {
            var org = TestOrganization.Create();
            org.RegisterPluginsFrom(typeof(ActiveAccountsOnlyPlugin));
            org.Seed(new Entity("account") { ["name"] = "Activa" }, new Entity("account") { ["name"] = "Inactiva", ["statecode"] = new OptionSetValue(1) });

            var names = org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray();

            CollectionAssert.AreEqual(new[] { "Activa" }, names);
        }

        [TestMethod]
        public void AMessageTheOrganizationDoesNotModelFailsAsNotSupported()
        {
            var org = TestOrganization.Create();

            var fault = Faults.Of(() => org.Service.Execute(new OrganizationRequest("prochile_CalcularPlazo")));

            Assert.AreEqual(ErrorCodes.NotSupported, fault.ErrorCode);
            Assert.AreEqual("Message 'prochile_CalcularPlazo' is not supported by the local organization.", fault.Message);
        }
    }
}
