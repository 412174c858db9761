using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>One outside call and everything it caused: the calls plugins made and the steps that ran (asynchronous ones included, when they run).</summary>
    public sealed class OperationRecord
    {
        private readonly List<ServiceCall> nestedCalls = new List<ServiceCall>();
        private readonly List<StepExecution> steps = new List<StepExecution>();

        private readonly bool keepCalls;

        internal OperationRecord(ServiceCall call, bool keepCalls)
        {
            Call = call;
            this.keepCalls = keepCalls;
        }

        public ServiceCall Call { get; }

        /// <summary>Calls made by plugins (and batch requests) on behalf of this operation.</summary>
        public IReadOnlyList<ServiceCall> NestedCalls => nestedCalls;

        public IReadOnlyList<StepExecution> Steps => steps;

        /// <summary>The outside call itself plus every nested one: the operation's organization-service cost.</summary>
        public int TotalCalls => 1 + nestedCalls.Count;

        internal void Add(ServiceCall call)
        {
            if (keepCalls)
            {
                nestedCalls.Add(call);
            }
        }

        internal void Add(StepExecution step) => steps.Add(step);

        public override string ToString() => $"{Call} -> {TotalCalls} call(s), {steps.Count} step execution(s)";
    }
}
