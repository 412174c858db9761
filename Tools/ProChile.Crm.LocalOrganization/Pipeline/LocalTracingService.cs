using System.Globalization;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization.Accounting;

namespace ProChile.Crm.LocalOrganization.Pipeline
{
    /// <summary>The ITracingService of one step execution: each line lands in <see cref="StepExecution.Traces"/>.</summary>
    internal sealed class LocalTracingService : ITracingService
    {
        private readonly StepExecution execution;

        public LocalTracingService(StepExecution execution)
        {
            this.execution = execution;
        }

        public void Trace(string format, params object[] args) =>
            execution.Trace(args == null || args.Length == 0 ? format ?? string.Empty : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
