using System;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Storage;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// One message going through the pipeline: its name, primary table and id, the input and output parameters and
    /// shared variables every step of this pipeline sees (the same collections, so a PreOperation change to Target
    /// reaches the core operation), the caller and the transaction, and the record's state around the core
    /// operation (for images).
    /// </summary>
    internal sealed class OperationExecution
    {
        public OperationExecution(string messageName, string primaryEntityName, Guid primaryEntityId, ParameterCollection input, CallerContext caller, Guid correlationId, DateTime createdOn, Guid? requestId)
        {
            MessageName = messageName;
            PrimaryEntityName = primaryEntityName;
            PrimaryEntityId = primaryEntityId;
            InputParameters = input;
            Caller = caller;
            CorrelationId = correlationId;
            CreatedOn = createdOn;
            RequestId = requestId;
            Transaction = caller.Transaction;
        }

        public string MessageName { get; }

        public string PrimaryEntityName { get; }

        public Guid PrimaryEntityId { get; set; }

        public ParameterCollection InputParameters { get; }

        public ParameterCollection OutputParameters { get; init; } = new ParameterCollection();

        public ParameterCollection SharedVariables { get; init; } = new ParameterCollection();

        public CallerContext Caller { get; }

        public Guid CorrelationId { get; }

        public DateTime CreatedOn { get; }

        public Guid? RequestId { get; }

        public int Depth => Caller.Depth;

        /// <summary>Null while a depth-1 operation is in PreValidation, outside any transaction.</summary>
        public StoreTransaction? Transaction { get; set; }

        /// <summary>The Target's columns as the caller sent them, when filters see only those; null otherwise.</summary>
        public System.Collections.Generic.IReadOnlyCollection<string>? SentColumns { get; set; }

        /// <summary>The primary record as a pre-image sees it in the current stage.</summary>
        public StoredRecord? PreState { get; set; }

        /// <summary>The primary record right after the core operation, for post-images.</summary>
        public StoredRecord? PostState { get; set; }

        /// <summary>A detached copy for an asynchronous step: parameters and shared variables cloned as the queue serializes them.</summary>
        public OperationExecution Snapshot() =>
            new OperationExecution(MessageName, PrimaryEntityName, PrimaryEntityId, AttributeValues.CloneParameters(InputParameters), Caller with { Transaction = null }, CorrelationId, CreatedOn, RequestId)
            {
                OutputParameters = AttributeValues.CloneParameters(OutputParameters),
                SharedVariables = AttributeValues.CloneParameters(SharedVariables),
                Transaction = null,
                PreState = PreState,
                PostState = PostState,
            };
    }
}
