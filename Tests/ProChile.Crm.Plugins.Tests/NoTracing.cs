using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>A trace for tests that read settings outside a plugin and assert nothing about the trace.</summary>
    internal sealed class NoTracing : ITracingService
    {
        public static readonly NoTracing Instance = new NoTracing();

        public void Trace(string format, params object[] args)
        {
        }
    }
}
