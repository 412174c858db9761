using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>
    /// What the organization did. Always: <see cref="Counts"/> (calls per message and table, step executions per step),
    /// in constant memory. With <see cref="LocalOrganizationOptions.KeepCallLog"/>, for tests to assert on: every request
    /// (<see cref="Calls"/>), every plugin step run in order (<see cref="Steps"/>), grouped by outside call
    /// (<see cref="Operations"/>), with per-plugin views for call budgets and traces; without it those refuse, naming the
    /// option, rather than answer empty. <see cref="Clear"/> starts counting afresh (after arranging data, say).
    /// </summary>
    public sealed class OrganizationActivity
    {
        private readonly List<ServiceCall> calls = new List<ServiceCall>();
        private readonly List<StepExecution> steps = new List<StepExecution>();
        private readonly List<OperationRecord> operations = new List<OperationRecord>();
        private readonly bool keepLog;
        private int callSequence;
        private int stepSequence;

        internal OrganizationActivity(bool keepLog)
        {
            this.keepLog = keepLog;
        }

        /// <summary>Whether the full call log is kept (<see cref="LocalOrganizationOptions.KeepCallLog"/>).</summary>
        public bool KeepsCallLog => keepLog;

        public ActivityCounts Counts { get; } = new ActivityCounts();

        public IReadOnlyList<ServiceCall> Calls => Logged(calls);

        public IReadOnlyList<StepExecution> Steps => Logged(steps);

        public IReadOnlyList<OperationRecord> Operations => Logged(operations);

        public OperationRecord LastOperation =>
            Logged(operations).Count > 0 ? operations[^1] : throw new InvalidOperationException("No outside call has been made since the activity was cleared.");

        public IReadOnlyList<ServiceCall> CallsMadeBy<TPlugin>() => CallsMadeBy(typeof(TPlugin));

        public IReadOnlyList<ServiceCall> CallsMadeBy(Type pluginType) =>
            Logged(calls).Where(c => c.MadeBy?.PluginType == pluginType).ToList();

        public IReadOnlyList<StepExecution> ExecutionsOf<TPlugin>() => ExecutionsOf(typeof(TPlugin));

        public IReadOnlyList<StepExecution> ExecutionsOf(Type pluginType) =>
            Logged(steps).Where(s => s.PluginType == pluginType).ToList();

        /// <summary>Every line the plugin traced, across its executions, in order.</summary>
        public IReadOnlyList<string> TracesOf<TPlugin>() => ExecutionsOf(typeof(TPlugin)).SelectMany(s => s.Traces).ToList();

        public void Clear()
        {
            calls.Clear();
            steps.Clear();
            operations.Clear();
            Counts.Clear();
            callSequence = 0;
            stepSequence = 0;
        }

        private List<T> Logged<T>(List<T> log) => keepLog
            ? log
            : throw new InvalidOperationException("This organization keeps only counts of its activity (Activity.Counts); set LocalOrganizationOptions.KeepCallLog = true to read its calls, steps and traces.");

        internal ServiceCall RecordCall(string messageName, string? entityName, int depth, Guid userId, StepExecution? madeBy, bool inBatch, OperationRecord? operation, out OperationRecord owner)
        {
            var call = new ServiceCall(++callSequence, messageName, entityName, depth, userId, madeBy, inBatch);
            Counts.Call(messageName, entityName, outside: operation == null);
            if (keepLog)
            {
                calls.Add(call);
                madeBy?.Called(call);
            }

            if (operation == null)
            {
                owner = new OperationRecord(call, keepLog);
                if (keepLog)
                {
                    operations.Add(owner);
                }
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
            var step = new StepExecution(++stepSequence, pluginType, stepName, messageName, entityName, stage, mode, depth);
            Counts.Step(pluginType, messageName, entityName, stage);
            if (keepLog)
            {
                steps.Add(step);
                operation?.Add(step);
            }

            return step;
        }
    }
}
