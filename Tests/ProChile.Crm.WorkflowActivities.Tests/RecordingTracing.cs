using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.WorkflowActivities.Tests
{
    /// <summary>Keeps what an activity traced, formatted as the platform formats it.</summary>
    internal sealed class RecordingTracing : ITracingService
    {
        public List<string> Lines { get; } = new List<string>();

        public void Trace(string format, params object[] args) =>
            Lines.Add(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
