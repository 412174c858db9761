using System;
using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Accounting
{
    /// <summary>
    /// One run of one plugin step: which step, for which message, table, stage and mode, at what depth; what it
    /// traced; which organization-service calls it made; how it ended. The list of these, in order, is the pipeline
    /// order tests assert on.
    /// </summary>
    public sealed class StepExecution
    {
        private readonly List<string> traces = new List<string>();
        private readonly List<ServiceCall> calls = new List<ServiceCall>();

        internal StepExecution(int sequence, Type pluginType, string stepName, string messageName, string primaryEntityName, int stage, int mode, int depth)
        {
            Sequence = sequence;
            PluginType = pluginType;
            StepName = stepName;
            MessageName = messageName;
            PrimaryEntityName = primaryEntityName;
            Stage = stage;
            Mode = mode;
            Depth = depth;
        }

        public int Sequence { get; }

        public Type PluginType { get; }

        public string StepName { get; }

        public string MessageName { get; }

        public string PrimaryEntityName { get; }

        /// <summary>10 PreValidation, 20 PreOperation, 40 PostOperation.</summary>
        public int Stage { get; }

        /// <summary>0 synchronous, 1 asynchronous.</summary>
        public int Mode { get; }

        public int Depth { get; }

        public IReadOnlyList<string> Traces => traces;

        public string TraceText => string.Join(Environment.NewLine, traces);

        /// <summary>The organization-service calls this execution made (through any service its factory created).</summary>
        public IReadOnlyList<ServiceCall> Calls => calls;

        public bool Succeeded => FailureMessage == null;

        public string? FailureMessage { get; private set; }

        internal void Trace(string line) => traces.Add(line);

        internal void Called(ServiceCall call) => calls.Add(call);

        internal void Failed(string message) => FailureMessage = message;

        public override string ToString() => $"{PluginType.Name} {MessageName} {PrimaryEntityName} stage {Stage} mode {Mode} depth {Depth}";
    }
}
