using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// The time zone an office counts its days in (D4): turns UTC instants into the office's civil dates and
    /// tells at which UTC instant a civil date starts and ends. Offsets always come from the platform's time
    /// zone data (<see cref="TimeZoneInfo"/>), never from a hand-written table of DST dates; a zone may be
    /// stitched from two platform zones at a fixed instant (how Aysén is served on platforms whose data
    /// predates America/Coyhaique, see <see cref="TimeZoneResolver"/>). It holds no business-day knowledge.
    /// </summary>
    public sealed class OfficeTimeZone
    {
        /// <summary>The last second of a civil day: D1 terms end at 23:59:59 local time.</summary>
        public static readonly TimeSpan EndOfDay = new TimeSpan(23, 59, 59);

        private readonly Segment[] segments;

        private OfficeTimeZone(string id, string platformId, Segment[] segments, string? fallbackNote)
        {
            Id = id;
            PlatformId = platformId;
            this.segments = segments;
            FallbackNote = fallbackNote;
        }

        /// <summary>A zone that is exactly one platform zone.</summary>
        public static OfficeTimeZone FromPlatformZone(string id, TimeZoneInfo zone)
        {
            if (zone == null)
            {
                throw new ArgumentNullException(nameof(zone));
            }
            return new OfficeTimeZone(id, zone.Id, new[] { new Segment(DateTime.MaxValue, zone) }, null);
        }

        /// <summary>
        /// A zone that follows <paramref name="before"/> until <paramref name="switchUtc"/> and <paramref name="after"/>
        /// from then on; used only as a documented fallback, so it always carries a note saying why.
        /// </summary>
        public static OfficeTimeZone Stitched(string id, TimeZoneInfo before, DateTime switchUtc, TimeZoneInfo after, string fallbackNote)
        {
            if (before == null) throw new ArgumentNullException(nameof(before));
            if (after == null) throw new ArgumentNullException(nameof(after));
            if (switchUtc.Kind != DateTimeKind.Utc)
            {
                throw new ArgumentException($"The switch instant {switchUtc:o} must be UTC (DateTimeKind.Utc).", nameof(switchUtc));
            }
            var parts = new[] { new Segment(switchUtc, before), new Segment(DateTime.MaxValue, after) };
            return new OfficeTimeZone(id, before.Id + " → " + after.Id, parts, fallbackNote);
        }

        /// <summary>The zone's IANA id where known (e.g. "America/Santiago"), else the id it was asked for.</summary>
        public string Id { get; }

        /// <summary>The platform zone id actually used (a Windows id on .NET Framework).</summary>
        public string PlatformId { get; }

        /// <summary>True when the platform lacked the zone and a zone with the same rules stands in for it.</summary>
        public bool IsFallback => FallbackNote != null;

        /// <summary>Why a fallback was used and what stands in; null when the platform had the zone.</summary>
        public string? FallbackNote { get; }

        /// <summary>The UTC offset in force at a UTC instant.</summary>
        public TimeSpan OffsetAt(DateTime utc) => SegmentAt(utc).Zone.GetUtcOffset(AsUtc(utc));

        /// <summary>The office-local time of a UTC instant, with its offset.</summary>
        public DateTimeOffset ToLocal(DateTime utc)
        {
            var instant = AsUtc(utc);
            var offset = OffsetAt(instant);
            return new DateTimeOffset(DateTime.SpecifyKind(instant + offset, DateTimeKind.Unspecified), offset);
        }

        /// <summary>The office's civil date at a UTC instant.</summary>
        public CivilDate DateAt(DateTime utc) => CivilDate.FromDateTime(ToLocal(utc).DateTime);

        /// <summary>
        /// D4: the UTC instant at which <paramref name="date"/> ends, 23:59:59 local. When that local time happens
        /// twice (summer time ending at midnight) the later instant; when it does not exist (a skipped hour)
        /// the last second before the clocks jumped, because a nonexistent local time is never a due time.
        /// </summary>
        public DateTime DayEndUtc(CivilDate date)
        {
            var local = date.At(EndOfDay);
            if (TryResolve(local, preferLater: true, out var utc))
            {
                return utc;
            }
            return LastInstantBeforeGap(local, date.ToDateTime());
        }

        /// <summary>
        /// The first UTC instant of <paramref name="date"/>: local midnight, its earlier occurrence if it happens
        /// twice, or the first instant after a skipped hour when midnight does not exist.
        /// </summary>
        public DateTime DayStartUtc(CivilDate date)
        {
            var local = date.ToDateTime();
            if (TryResolve(local, preferLater: false, out var utc))
            {
                return utc;
            }
            return LastInstantBeforeGap(local, local.AddDays(-1)).AddSeconds(1);
        }

        /// <summary>The UTC instant of a local time, if it exists; which occurrence if it happens twice.</summary>
        /// <remarks>
        /// Works from UTC-to-local offsets only: the offsets in force a day before and a day after are the only
        /// candidates, and a candidate counts when the instant it gives really has that offset. .NET's own
        /// <see cref="TimeZoneInfo.IsAmbiguousTime(DateTime)"/> misses transitions that zones such as
        /// America/Coyhaique express as a change of base offset, so it is not used.
        /// </remarks>
        public bool TryResolve(DateTime local, bool preferLater, out DateTime utc)
        {
            var wall = DateTime.SpecifyKind(local, DateTimeKind.Utc);
            var before = OffsetAt(wall.AddDays(-1));
            var after = OffsetAt(wall.AddDays(1));
            bool found = false;
            utc = default;
            foreach (var offset in before == after ? new[] { before } : new[] { before, after })
            {
                var candidate = wall - offset;
                if (OffsetAt(candidate) == offset && (!found || (preferLater ? candidate > utc : candidate < utc)))
                {
                    utc = candidate;
                    found = true;
                }
            }
            return found;
        }

        public override string ToString() => IsFallback ? $"{Id} (fallback: {PlatformId})" : Id;

        // Walks back from a local time that falls in a gap to the last local second that exists, no further than floor.
        private DateTime LastInstantBeforeGap(DateTime missingLocal, DateTime floor)
        {
            var probe = new DateTime(missingLocal.Ticks - missingLocal.Ticks % TimeSpan.TicksPerMinute);
            DateTime utc;
            while (!TryResolve(probe, preferLater: true, out utc))
            {
                probe = probe.AddMinutes(-1);
                if (probe < floor)
                {
                    throw new InvalidOperationException($"Zone {Id} skips the whole span {floor:s}..{missingLocal:s}; no local time exists there.");
                }
            }
            for (int second = 1; second < 60 && probe.AddSeconds(second) <= missingLocal; second++)
            {
                if (!TryResolve(probe.AddSeconds(second), preferLater: true, out var next))
                {
                    break;
                }
                utc = next;
            }
            return utc;
        }

        private Segment SegmentAt(DateTime utc)
        {
            foreach (var segment in segments)
            {
                if (utc < segment.UntilUtc)
                {
                    return segment;
                }
            }
            return segments[segments.Length - 1];
        }

        private static DateTime AsUtc(DateTime instant)
        {
            if (instant.Kind == DateTimeKind.Local)
            {
                throw new ArgumentException($"The instant {instant:o} is in the machine's local time; pass a UTC instant.", nameof(instant));
            }
            return DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        }

        private sealed class Segment
        {
            public Segment(DateTime untilUtc, TimeZoneInfo zone)
            {
                UntilUtc = untilUtc;
                Zone = zone;
            }

            public DateTime UntilUtc { get; }

            public TimeZoneInfo Zone { get; }
        }
    }
}
