using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Pipeline;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>Retrieve: the record with the requested columns (primary key always); output "BusinessEntity".</summary>
    internal sealed class RetrieveHandler : IMessageHandler
    {
        private readonly OrganizationCore core;

        public RetrieveHandler(OrganizationCore core)
        {
            this.core = core;
        }

        public string MessageName => "Retrieve";

        public PrimaryRecord Describe(ParameterCollection input)
        {
            var target = RequestParameters.Required<EntityReference>(input, "Target", MessageName);
            RequestParameters.Required<ColumnSet>(input, "ColumnSet", MessageName);
            var table = core.Schema.Table(target.LogicalName);
            return new PrimaryRecord(table.LogicalName, target.Id);
        }

        public void Execute(OperationExecution operation)
        {
            var table = core.Schema.Table(operation.PrimaryEntityName);
            if (core.Security.IsChecked(operation.Caller))
            {
                var record = core.Store.Find(table.LogicalName, operation.PrimaryEntityId) ?? throw DataverseErrors.RecordNotFound(table.LogicalName, operation.PrimaryEntityId);
                core.Security.RequireAccess(operation.Caller.UserId, table, Security.PrivilegeType.Read, record);
            }

            var columns = RequestParameters.Required<ColumnSet>(operation.InputParameters, "ColumnSet", MessageName);
            operation.OutputParameters["BusinessEntity"] = core.Queries(operation.Caller.UserId).Row(table.LogicalName, operation.PrimaryEntityId, columns)
                ?? throw DataverseErrors.RecordNotFound(table.LogicalName, operation.PrimaryEntityId);
        }

        public OrganizationResponse Respond(ParameterCollection output)
        {
            var response = new RetrieveResponse();
            response.Results["Entity"] = AttributeValues.CloneEntity((Entity)output["BusinessEntity"]);
            return response;
        }
    }
}
