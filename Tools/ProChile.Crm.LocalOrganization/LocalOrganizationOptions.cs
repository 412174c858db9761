using System;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.LocalOrganization
{
    /// <summary>How a <see cref="LocalOrganization"/> is set up. Every default is a named value.</summary>
    public sealed class LocalOrganizationOptions
    {
        /// <summary>Where tests start in time unless they say otherwise: 2024-01-01 12:00 UTC.</summary>
        public static readonly DateTime DefaultStart = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc);

        /// <summary>Dataverse's default maximum pipeline depth.</summary>
        public const int DataverseMaxDepth = 8;

        public IOrganizationClock Clock { get; init; } = new ManualClock(DefaultStart);

        /// <summary>The calling users' time zone, in which the relative date operators are evaluated.</summary>
        public TimeZoneInfo UserTimeZone { get; init; } = TimeZoneInfo.Utc;

        public AsyncStepExecution AsyncSteps { get; init; } = AsyncStepExecution.Queued;

        public int MaxDepth { get; init; } = DataverseMaxDepth;

        /// <summary>Seed of the record id sequence; ids are deterministic for a seed.</summary>
        public int IdSeed { get; init; } = 2024;

        public string OrganizationName { get; init; } = "prochile-local";

        /// <summary>
        /// When true, a step's filtering attributes are matched against the columns the caller sent, never against
        /// columns an earlier step added to the Target. Microsoft Learn ("Include filtering attributes with plug-in
        /// registration", Power Apps developer best practices) describes them as the attributes that, when changed, cause
        /// the plug-in to execute; whether a column a PreOperation step adds to the Target fires a later step's filter
        /// is not documented, so a solution must not depend on it (issue 10, defect 7). On by default: at least as
        /// strict as Dataverse. Off only for a test of the pipeline's own lenient path.
        /// </summary>
        public bool FiltersSeeCallerColumnsOnly { get; init; } = true;
    }
}
