using System;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// An asynchronous step queued by a committed operation (Dataverse's system job): the step and a detached
    /// snapshot of the operation, images included, taken when the operation ran.
    /// </summary>
    internal sealed record AsyncJob(Guid Id, StepRegistration Step, OperationExecution Snapshot);
}
