using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>A tracing service for code called outside a plugin (readers, re-projections): keeps each line.</summary>
    internal sealed class RecordedTraces : ITracingService
    {
        public List<string> Lines { get; } = new List<string>();

        public void Trace(string format, params object[] args) => Lines.Add(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
