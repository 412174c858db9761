using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Querying;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// RetrieveMultiple: runs the "Query" (as PreOperation steps left it) over the rows the caller may read; output
    /// "BusinessEntityCollection".
    /// </summary>
    internal sealed class RetrieveMultipleHandler : IMessageHandler
    {
        private readonly OrganizationCore core;

        public RetrieveMultipleHandler(OrganizationCore core)
        {
            this.core = core;
        }

        public string MessageName => "RetrieveMultiple";

        public PrimaryRecord Describe(ParameterCollection input)
        {
            var query = Translator().ToExpression(RequestParameters.Required<QueryBase>(input, "Query", MessageName));
            return new PrimaryRecord(core.Schema.Table(query.EntityName).LogicalName, System.Guid.Empty);
        }

        public void Execute(OperationExecution operation)
        {
            var query = Translator().ToExpression(RequestParameters.Required<QueryBase>(operation.InputParameters, "Query", MessageName));
            if (!core.Security.IsChecked(operation.Caller))
            {
                operation.OutputParameters["BusinessEntityCollection"] = core.Queries(operation.Caller.UserId).Execute(query);
                return;
            }

            // Rows outside the user's Read depth are left out before paging, as Dataverse's security filter does.
            var removeFilters = core.Security.FilterForRead(operation.Caller.UserId, query);
            try
            {
                operation.OutputParameters["BusinessEntityCollection"] = core.Queries(operation.Caller.UserId).Execute(query);
            }
            finally
            {
                removeFilters();
            }
        }

        public OrganizationResponse Respond(ParameterCollection output)
        {
            var response = new RetrieveMultipleResponse();
            response.Results["EntityCollection"] = AttributeValues.CloneCollection((EntityCollection)output["BusinessEntityCollection"]);
            return response;
        }

        private QueryTranslator Translator() => new QueryTranslator(core.Schema, core.Calendar);
    }
}
