using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Pipeline;

namespace ProChile.Crm.LocalOrganization.Messages
{
    /// <summary>
    /// One SDK message: how to check a request and name its primary record before the pipeline runs, its core
    /// operation (stage 30) and its response.
    /// </summary>
    internal interface IMessageHandler
    {
        string MessageName { get; }

        /// <summary>Validates the request's shape and metadata (and, where Dataverse does, that the record exists).</summary>
        PrimaryRecord Describe(ParameterCollection input);

        void Execute(OperationExecution operation);

        /// <summary>The typed response, its results copied out of the operation's output parameters.</summary>
        OrganizationResponse Respond(ParameterCollection output);
    }

    /// <summary>The table and record a request is about (Guid.Empty for a query or a record not yet created).</summary>
    internal readonly record struct PrimaryRecord(string EntityName, System.Guid Id);
}
