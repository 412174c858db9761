using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>
    /// What the organization did, for tests to assert on: every request (<see cref="Calls"/>), every plugin step run in
    /// order (<see cref="Steps"/>), grouped by outside call (<see cref="Operations"/>), with per-plugin views for
    /// call budgets and traces. <see cref="Clear"/> starts counting afresh (after arranging data, say).
    /// </summary>
    public sealed class OrganizationActivity
    {
        private readonly List<ServiceCall> calls = new List<ServiceCall>();
        private readonly List<StepExecution> steps = new List<StepExecution>();
        private readonly List<OperationRecord> operations = new List<OperationRecord>();

        public IReadOnlyList<ServiceCall> Calls => calls;

        public IReadOnlyList<StepExecution> Steps => steps;

        public IReadOnlyList<OperationRecord> Operations => operations;

        public OperationRecord LastOperation =>
            operations.Count > 0 ? operations[^1] : throw new InvalidOperationException("No outside call has been made since the activity was cleared.");

        public IReadOnlyList<ServiceCall> CallsMadeBy<TPlugin>() => CallsMadeBy(typeof(TPlugin));

        public IReadOnlyList<ServiceCall> CallsMadeBy(Type pluginType) =>
            calls.Where(c => c.MadeBy?.PluginType == pluginType).ToList();

        public IReadOnlyList<StepExecution> ExecutionsOf<TPlugin>() => ExecutionsOf(typeof(TPlugin));

        public IReadOnlyList<StepExecution> ExecutionsOf(Type pluginType) =>
            steps.Where(s => s.PluginType == pluginType).ToList();

        /// <summary>Every line the plugin traced, across its executions, in order.</summary>
        public IReadOnlyList<string> TracesOf<TPlugin>() => ExecutionsOf(typeof(TPlugin)).SelectMany(s => s.Traces).ToList();

        public void Clear()
        {
            calls.Clear();
            steps.Clear();
            operations.Clear();
        }

        internal ServiceCall RecordCall(string messageName, string? entityName, int depth, Guid userId, StepExecution? madeBy, bool inBatch, OperationRecord? operation, out OperationRecord owner)
        {
            var call = new ServiceCall(calls.Count + 1, messageName, entityName, depth, userId, madeBy, inBatch);
            calls.Add(call);
            madeBy?.Called(call);
            if (operation == null)
            {
                owner = new OperationRecord(call);
                operations.Add(owner);
            }
            else
            {
                owner = operation;
                operation.Add(call);
            }

            return call;
        }

        internal StepExecution RecordStep(Type pluginType, string stepName, string messageName, string entityName, int stage, int mode, int depth, OperationRecord? operation)
        {
            var step = new StepExecution(steps.Count + 1, pluginType, stepName, messageName, entityName, stage, mode, depth);
            steps.Add(step);
            operation?.Add(step);
            return step;
        }
    }
}
