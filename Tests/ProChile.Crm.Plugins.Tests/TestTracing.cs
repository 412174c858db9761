using Microsoft.Xrm.Sdk;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>A tracing service for tests that read settings or project rows outside a plugin and assert no trace.</summary>
    internal sealed class TestTracing : ITracingService
    {
        public static readonly ITracingService Silent = new TestTracing();

        public void Trace(string format, params object[] args)
        {
        }
    }
}
