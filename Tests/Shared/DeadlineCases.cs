using System.Collections.Generic;

namespace ProChile.Crm.Tests.Shared
{
    /// <summary>
    /// One deadline question and its answer (S1..S14, D1-D6), for the table both front ends are tested on:
    /// <c>prochile sla</c> (Tests/ProChile.Crm.Cli.Tests) and the pch_CalcularPlazo Custom API
    /// (Tests/ProChile.Crm.Plugins.Tests), so the two cannot drift apart. Office is a slug, or null; TimeZone an id for a
    /// commercial office abroad, or null; neither means Nivel Central. Default D6 settings, no admin one-off holidays.
    /// </summary>
    public sealed record DeadlineCase(
        string Name, string Rule, string Start, string? Office, string? TimeZone,
        string DueUtc, string DueLocal, string WarningUtc, string TimeZoneUsed, string Skipped)
    {
        public override string ToString() => Name;
    }

    /// <summary>The shared table: literal answers worked out from the protocol and the holiday laws.</summary>
    public static class DeadlineCases
    {
        public static IReadOnlyList<DeadlineCase> All { get; } = new[]
        {
            new DeadlineCase("S7 at Nivel Central skips Fiestas Patrias and a Sunday", "S7", "2026-09-16T10:00:00-03:00", null, null,
                "2026-09-24T02:59:59Z", "2026-09-23T23:59:59-03:00", "2026-09-23T03:00:00Z", "America/Santiago",
                "2026-09-18 Independencia Nacional\n2026-09-19 Día de las Glorias del Ejército\n2026-09-20 Domingo"),
            new DeadlineCase("S9 counts 48 hours in a commercial office's zone, by Windows id", "S9", "2026-09-16T10:00:00Z", null, "China Standard Time",
                "2026-09-18T10:00:00Z", "2026-09-18T18:00:00+08:00", "2026-09-17T22:00:00Z", "Asia/Shanghai", ""),
            new DeadlineCase("S1 at Aysén counts at UTC-3 in winter", "S1", "2026-06-15T10:00:00-04:00", "aysen", null,
                "2026-06-19T02:59:59Z", "2026-06-18T23:59:59-03:00", "2026-06-18T03:00:00Z", "America/Coyhaique", ""),
            new DeadlineCase("S7 at Arica skips 7 June (Ley 20.663)", "S7", "2027-06-04T09:30:00-04:00", "arica-y-parinacota", null,
                "2027-06-12T03:59:59Z", "2027-06-11T23:59:59-04:00", "2027-06-11T04:00:00Z", "America/Santiago",
                "2027-06-05 Sábado\n2027-06-06 Domingo\n2027-06-07 Asalto y Toma del Morro de Arica"),
            new DeadlineCase("S12 counts calendar days at Magallanes across Christmas", "S12", "2026-12-24T18:00:00-03:00", "magallanes", null,
                "2026-12-30T02:59:59Z", "2026-12-29T23:59:59-03:00", "2026-12-28T19:29:59Z", "America/Punta_Arenas", ""),
        };

        /// <summary>For [DynamicData]: one row per case.</summary>
        public static IEnumerable<object[]> Rows
        {
            get
            {
                foreach (var item in All)
                {
                    yield return new object[] { item };
                }
            }
        }
    }
}
