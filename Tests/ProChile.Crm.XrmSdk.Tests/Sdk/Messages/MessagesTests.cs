using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.XrmSdk.Tests.Sdk.Messages
{
    /// <summary>Typed requests and responses are views over Parameters / Results by name, as in the SDK.</summary>
    [TestClass]
    public sealed class MessagesTests
    {
        private static readonly Guid AccountId = new Guid("6f1c5a2e-0000-4000-8000-000000000001");

        [TestMethod]
        public void CreateRequest_IsNamedCreate_AndKeepsItsTargetInParameters()
        {
            var target = new Entity("account");

            var request = new CreateRequest { Target = target };

            Assert.AreEqual("Create", request.RequestName);
            Assert.AreSame(target, request.Parameters["Target"]);
            Assert.AreSame(target, request["Target"]);
        }

        [TestMethod]
        public void ARequestProperty_ReadsWhatParametersHold()
        {
            var request = new UpdateRequest();
            var target = new Entity("account", AccountId);

            request.Parameters["Target"] = target;

            Assert.AreEqual("Update", request.RequestName);
            Assert.AreSame(target, request.Target);
        }

        [TestMethod]
        public void ANewRequest_HasItsParametersPresentAndNull()
        {
            var request = new RetrieveRequest();

            Assert.IsTrue(request.Parameters.Contains("Target"));
            Assert.IsTrue(request.Parameters.Contains("ColumnSet"));
            Assert.IsNull(request.Target);
        }

        [TestMethod]
        public void EachRequest_CarriesTheMessageNameDataverseExpects()
        {
            Assert.AreEqual("Delete", new DeleteRequest().RequestName);
            Assert.AreEqual("Retrieve", new RetrieveRequest().RequestName);
            Assert.AreEqual("RetrieveMultiple", new RetrieveMultipleRequest().RequestName);
            Assert.AreEqual("Associate", new AssociateRequest().RequestName);
            Assert.AreEqual("Disassociate", new DisassociateRequest().RequestName);
            Assert.AreEqual("ExecuteMultiple", new ExecuteMultipleRequest().RequestName);
            Assert.AreEqual("ExecuteTransaction", new ExecuteTransactionRequest().RequestName);
            Assert.AreEqual("Upsert", new UpsertRequest().RequestName);
        }

        [TestMethod]
        public void ExecuteTransaction_ReturnsNoResponsesUnlessAsked()
        {
            var request = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection { new DeleteRequest() } };

            Assert.IsNull(request.ReturnResponses);
            request.ReturnResponses = true;
            Assert.AreEqual(true, request.Parameters["ReturnResponses"]);
            Assert.AreEqual(1, request.Requests.Count);
        }

        [TestMethod]
        public void UpsertResponse_ReadsWhetherTheRowWasCreated_AndWhichRow()
        {
            var response = new UpsertResponse();
            response.Results["RecordCreated"] = true;
            response.Results["Target"] = new EntityReference("account", AccountId);

            Assert.IsTrue(response.RecordCreated);
            Assert.AreEqual(new EntityReference("account", AccountId), response.Target);
        }

        [TestMethod]
        public void AssociateRequest_KeepsTargetRelationshipAndRelatedEntities()
        {
            var related = new EntityReferenceCollection { new EntityReference("contact", Guid.Empty) };

            var request = new AssociateRequest
            {
                Target = new EntityReference("account", AccountId),
                Relationship = new Relationship("contact_customer_accounts"),
                RelatedEntities = related,
            };

            Assert.AreEqual(new EntityReference("account", AccountId), request.Parameters["Target"]);
            Assert.AreEqual(new Relationship("contact_customer_accounts"), request.Parameters["Relationship"]);
            Assert.AreSame(related, request.Parameters["RelatedEntities"]);
        }

        [TestMethod]
        public void RetrieveMultipleRequest_KeepsItsQuery()
        {
            var query = new QueryExpression("account");

            var request = new RetrieveMultipleRequest { Query = query };

            Assert.AreSame(query, request.Parameters["Query"]);
        }

        [TestMethod]
        public void CreateResponse_ReadsTheIdFromResults()
        {
            var response = new CreateResponse();
            response.Results["id"] = AccountId;

            Assert.AreEqual(AccountId, response.id);
            Assert.AreEqual("Create", response.ResponseName);
        }

        [TestMethod]
        public void AResponseWithoutItsResult_ReadsTheDefault()
        {
            Assert.AreEqual(Guid.Empty, new CreateResponse().id);
            Assert.IsNull(new RetrieveResponse().Entity);
            Assert.IsFalse(new ExecuteMultipleResponse().IsFaulted);
        }

        [TestMethod]
        public void RetrieveMultipleResponse_ReadsTheEntityCollection()
        {
            var rows = new EntityCollection();
            var response = new RetrieveMultipleResponse();
            response.Results["EntityCollection"] = rows;

            Assert.AreSame(rows, response.EntityCollection);
        }

        [TestMethod]
        public void ExecuteMultiple_CarriesItsRequestsAndSettings_AndReadsItsItems()
        {
            var request = new ExecuteMultipleRequest
            {
                Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") } },
                Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            };
            var items = new ExecuteMultipleResponseItemCollection
            {
                new ExecuteMultipleResponseItem { RequestIndex = 0, Fault = new OrganizationServiceFault { ErrorCode = -2147220891, Message = "No." } },
            };
            var response = new ExecuteMultipleResponse();
            response.Results["IsFaulted"] = true;
            response.Results["Responses"] = items;

            Assert.AreEqual(1, request.Requests.Count);
            Assert.IsTrue(request.Settings.ContinueOnError);
            Assert.IsTrue(response.IsFaulted);
            Assert.AreEqual("No.", response.Responses[0].Fault.Message);
        }

        [TestMethod]
        public void AGenericRequest_IsNamedByItsConstructor()
        {
            var request = new OrganizationRequest("WhoAmI");

            Assert.AreEqual("WhoAmI", request.RequestName);
            Assert.AreEqual(0, request.Parameters.Count);
        }
    }
}
