using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>A tracing service that keeps each line, for code called outside a plugin execution (readers, re-projections).</summary>
    internal sealed class RecordingTracing : ITracingService
    {
        public List<string> Lines { get; } = new List<string>();

        public void Trace(string format, params object[] args) =>
            Lines.Add(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
