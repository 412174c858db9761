using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Pipeline;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// ExecuteMultiple: each request runs as its own operation (its own transaction, unless the batch was sent from
    /// inside one), in order; a fault is reported at its index and stops the batch unless ContinueOnError;
    /// successful responses are returned only with ReturnResponses. At most 1000 requests; batches do not nest.
    /// </summary>
    internal sealed class BatchExecutor
    {
        public const int MaxRequests = 1000;

        private readonly IRequestExecutor executor;

        public BatchExecutor(IRequestExecutor executor)
        {
            this.executor = executor;
        }

        public OrganizationResponse Execute(OrganizationRequest batch, CallerContext caller)
        {
            var settings = RequestParameters.Required<ExecuteMultipleSettings>(batch.Parameters, "Settings", batch.RequestName);
            var requests = RequestParameters.Required<OrganizationRequestCollection>(batch.Parameters, "Requests", batch.RequestName);
            if (requests.Count > MaxRequests)
            {
                throw DataverseErrors.InvalidArgument(string.Format(CultureInfo.InvariantCulture,
                    "The number of requests in ExecuteMultiple ({0}) exceeds the maximum of {1}.", requests.Count, MaxRequests));
            }

            if (requests.Any(r => r == null || r.RequestName == batch.RequestName))
            {
                throw DataverseErrors.InvalidArgument("ExecuteMultiple requests must be non-null and cannot contain another ExecuteMultiple.");
            }

            var items = new ExecuteMultipleResponseItemCollection();
            var faulted = false;
            for (var index = 0; index < requests.Count; index++)
            {
                try
                {
                    var response = executor.Execute(requests[index], caller with { InBatch = true });
                    if (settings.ReturnResponses)
                    {
                        items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                    }
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    faulted = true;
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                    if (!settings.ContinueOnError)
                    {
                        break;
                    }
                }
            }

            var result = new ExecuteMultipleResponse();
            result.Results["Responses"] = items;
            result.Results["IsFaulted"] = faulted;
            return result;
        }
    }
}
