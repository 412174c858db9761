using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>A tracing service that drops every line, for tests that read settings outside a plugin.</summary>
    internal sealed class NoTracing : ITracingService
    {
        public static readonly NoTracing Instance = new NoTracing();

        public void Trace(string format, params object[] args)
        {
        }
    }
}
