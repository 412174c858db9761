using System;
using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>
    /// What the organization did, as counts only: calls per message and table (outside calls apart), and plugin step
    /// executions per step, message, table and stage. Kept whatever <see cref="LocalOrganizationOptions.KeepCallLog"/>
    /// says, in constant memory however long the organization runs (a simulated year makes hundreds of thousands of calls).
    /// </summary>
    public sealed class ActivityCounts
    {
        private readonly Dictionary<CallKey, int> calls = new Dictionary<CallKey, int>();
        private readonly Dictionary<StepKey, int> steps = new Dictionary<StepKey, int>();

        /// <summary>Calls from outside the organization (a test, a tool), each an operation with everything it caused.</summary>
        public int Operations { get; private set; }

        /// <summary>Every call: outside calls, plugins' calls and each request of a batch.</summary>
        public int Calls { get; private set; }

        public int StepExecutions { get; private set; }

        public IReadOnlyDictionary<CallKey, int> CallsByMessageAndTable => calls;

        public IReadOnlyDictionary<StepKey, int> StepExecutionsByStep => steps;

        /// <summary>The calls of <paramref name="messageName"/> on <paramref name="table"/> (null: calls that name no table).</summary>
        public int CallsOf(string messageName, string? table) => calls.TryGetValue(new CallKey(messageName, table), out var n) ? n : 0;

        /// <summary>How many times the plugin's steps ran, whatever the message.</summary>
        public int ExecutionsOf(Type pluginType)
        {
            int count = 0;
            foreach (var pair in steps)
            {
                if (pair.Key.PluginType == pluginType)
                {
                    count += pair.Value;
                }
            }

            return count;
        }

        internal void Call(string messageName, string? table, bool outside)
        {
            Calls++;
            if (outside)
            {
                Operations++;
            }

            var key = new CallKey(messageName, table);
            calls[key] = calls.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        internal void Step(Type pluginType, string messageName, string table, int stage)
        {
            StepExecutions++;
            var key = new StepKey(pluginType, messageName, table, stage);
            steps[key] = steps.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        internal void Clear()
        {
            calls.Clear();
            steps.Clear();
            Operations = 0;
            Calls = 0;
            StepExecutions = 0;
        }
    }

    /// <summary>A message on a table (null when the request names none).</summary>
    public readonly record struct CallKey(string MessageName, string? Table);

    /// <summary>A plugin's step: which plugin, for which message, table and stage.</summary>
    public readonly record struct StepKey(Type PluginType, string MessageName, string Table, int Stage);
}
