using System;

namespace ProChile.Crm.LocalOrganization.Time
{
    /// <summary>The machine's clock, for running the local organization as an embedded runtime (never in tests).</summary>
    public sealed class SystemClock : IOrganizationClock
    {
        public static SystemClock Instance { get; } = new SystemClock();

        private SystemClock()
        {
        }

        public DateTime UtcNow => DateTime.UtcNow;
    }
}
