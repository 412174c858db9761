using System;

namespace ProChile.Crm.LocalOrganization.Time
{
    /// <summary>
    /// Where the organization's "now" comes from: createdon/modifiedon, the date query operators (Today, LastXDays...)
    /// and OperationCreatedOn. Injected so tests fix time; the local organization never reads the machine clock itself.
    /// </summary>
    public interface IOrganizationClock
    {
        /// <summary>The current instant, with <see cref="DateTimeKind.Utc"/>.</summary>
        DateTime UtcNow { get; }
    }
}
