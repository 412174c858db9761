using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>
    /// The asynchronous steps committed operations queued, run on request in queue order. Jobs that queue more jobs
    /// (an asynchronous plugin updating a record) are run in the same call until the queue is empty. A job that fails
    /// is reported, not thrown: in Dataverse the system job fails and the operation that queued it stays committed.
    /// </summary>
    internal sealed class AsyncJobQueue
    {
        /// <summary>Guards against asynchronous steps that keep triggering each other forever.</summary>
        public const int MaxJobsPerRun = 10_000;

        private readonly Queue<AsyncJob> pending = new Queue<AsyncJob>();

        public int Count => pending.Count;

        public void Enqueue(IEnumerable<AsyncJob> jobs)
        {
            foreach (var job in jobs)
            {
                pending.Enqueue(job);
            }
        }

        public IReadOnlyList<AsyncJobOutcome> RunPending(StepInvoker invoker)
        {
            var outcomes = new List<AsyncJobOutcome>();
            while (pending.Count > 0)
            {
                if (outcomes.Count >= MaxJobsPerRun)
                {
                    throw new InvalidOperationException($"More than {MaxJobsPerRun} asynchronous jobs in one run: asynchronous steps are triggering each other without end.");
                }

                var job = pending.Dequeue();
                var snapshot = job.Snapshot;
                string? failure = null;
                try
                {
                    invoker.Invoke(job.Step, snapshot, PipelineStages.PostOperation, PipelineStages.Asynchronous, job.Id);
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    failure = fault.Detail.Message;
                }

                outcomes.Add(new AsyncJobOutcome(job.Id, job.Step.PluginType, job.Step.Declaration.Name, snapshot.MessageName, snapshot.PrimaryEntityName, snapshot.PrimaryEntityId, failure));
            }

            return outcomes;
        }
    }
}
