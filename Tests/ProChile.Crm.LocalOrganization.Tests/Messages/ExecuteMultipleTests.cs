using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;

namespace ProChile.Crm.LocalOrganization.Tests.Messages
{
    [TestClass]
    public sealed class ExecuteMultipleTests
    {
        private static ExecuteMultipleRequest Batch(bool continueOnError, bool returnResponses)
        {
            var batch = new ExecuteMultipleRequest
            {
                Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = returnResponses },
                Requests = new OrganizationRequestCollection(),
            };
            batch.Requests.Add(new CreateRequest { Target = new Entity("account") { ["name"] = "Uno" } });
            batch.Requests.Add(new CreateRequest { Target = new Entity("account") { ["foo"] = "malo" } });
            batch.Requests.Add(new CreateRequest { Target = new Entity("account") { ["name"] = "Tres" } });
            return batch;
        }

        [TestMethod]
        public void WithContinueOnErrorEveryRequestRunsAndTheFaultIsReportedAtItsIndex()
        {
            var org = TestOrganization.Create();

            var response = (ExecuteMultipleResponse)org.Service.Execute(Batch(continueOnError: true, returnResponses: true));

            Assert.IsTrue(response.IsFaulted);
            CollectionAssert.AreEqual(new[] { 0, 1, 2 }, response.Responses.Select(r => r.RequestIndex).ToArray());
            Assert.AreEqual(ErrorCodes.AttributeNotInEntity, response.Responses[1].Fault.ErrorCode);
            Assert.IsInstanceOfType<CreateResponse>(response.Responses[2].Response);
            CollectionAssert.AreEquivalent(new[] { "Uno", "Tres" }, org.InspectAll("account").Select(a => a.GetAttributeValue<string>("name")).ToArray());
        }

        [TestMethod]
        public void WithoutContinueOnErrorTheBatchStopsAtTheFirstFaultKeepingWhatRanBefore()
        {
            var org = TestOrganization.Create();

            var response = (ExecuteMultipleResponse)org.Service.Execute(Batch(continueOnError: false, returnResponses: false));

            Assert.AreEqual(1, response.Responses.Count);
            Assert.AreEqual(1, response.Responses[0].RequestIndex);
            CollectionAssert.AreEqual(new[] { "Uno" }, org.InspectAll("account").Select(a => a.GetAttributeValue<string>("name")).ToArray());
        }

        [TestMethod]
        public void TheBatchAndEachOfItsRequestsAreCountedAsCalls()
        {
            var org = TestOrganization.Create();

            org.Service.Execute(Batch(continueOnError: true, returnResponses: false));

            Assert.AreEqual(4, org.Activity.LastOperation.TotalCalls);
            Assert.AreEqual(3, org.Activity.Calls.Count(c => c.InBatch));
        }
    }
}
