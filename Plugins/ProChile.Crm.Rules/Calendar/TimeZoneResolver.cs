using System;
using System.Security;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// Resolves a time zone id, IANA ("America/Santiago") or Windows ("Pacific SA Standard Time"), into an
    /// <see cref="OfficeTimeZone"/> on whatever platform runs the code (D4): .NET on Linux knows both kinds of
    /// id, .NET Framework on Windows only Windows ids, so the id is tried as given and then through
    /// <see cref="TimeZoneIdMap"/>. Aysén (America/Coyhaique, time zone database 2025b) is the one zone with a
    /// fallback: where the platform lacks it, the result says so and stands in a zone with the same rules —
    /// mainland Chile's zone until 2025-03-20 03:00 UTC (when the two still agreed) and fixed UTC−3 after —
    /// never plain mainland time, which would be an hour off every winter from 2025 on.
    /// </summary>
    public sealed class TimeZoneResolver
    {
        public const string Santiago = "America/Santiago";
        public const string PuntaArenas = "America/Punta_Arenas";
        public const string Coyhaique = "America/Coyhaique";

        /// <summary>tzdata 2025b: Aysén leaves mainland rules at 2025-03-20 00:00 local (−03), i.e. 03:00 UTC.</summary>
        public static readonly DateTime AysenSwitchUtc = new DateTime(2025, 3, 20, 3, 0, 0, DateTimeKind.Utc);

        private readonly Func<string, TimeZoneInfo?> findPlatformZone;

        /// <summary>A resolver over a zone source (tests pass one that lacks a zone to see the fallback).</summary>
        public TimeZoneResolver(Func<string, TimeZoneInfo?> findPlatformZone)
        {
            this.findPlatformZone = findPlatformZone ?? throw new ArgumentNullException(nameof(findPlatformZone));
        }

        /// <summary>A resolver over the platform's own zones (<see cref="TimeZoneInfo.FindSystemTimeZoneById"/>).</summary>
        public static TimeZoneResolver ForPlatform() => new TimeZoneResolver(FindSystemZone);

        /// <summary>The zone of <paramref name="id"/>; throws <see cref="UnknownTimeZoneException"/> when none fits.</summary>
        public OfficeTimeZone Resolve(string id)
        {
            if (TryResolve(id, out var zone))
            {
                return zone;
            }
            throw new UnknownTimeZoneException(id ?? string.Empty);
        }

        public bool TryResolve(string id, out OfficeTimeZone zone)
        {
            zone = null!;
            if (string.IsNullOrWhiteSpace(id))
            {
                return false;
            }
            id = id.Trim();
            string ianaId = TimeZoneIdMap.TryGetIanaId(id, out var primary) ? primary : id;
            var found = FindDirectOrMapped(id);
            if (found != null)
            {
                zone = OfficeTimeZone.FromPlatformZone(ianaId, found);
                return true;
            }
            if (string.Equals(id, Coyhaique, StringComparison.OrdinalIgnoreCase))
            {
                return TryAysenFallback(out zone);
            }
            return false;
        }

        private TimeZoneInfo? FindDirectOrMapped(string id)
        {
            var found = findPlatformZone(id);
            if (found != null)
            {
                return found;
            }
            if (TimeZoneIdMap.TryGetWindowsId(id, out var windowsId))
            {
                return findPlatformZone(windowsId);
            }
            if (TimeZoneIdMap.TryGetIanaId(id, out var ianaId))
            {
                return findPlatformZone(ianaId);
            }
            return null;
        }

        private bool TryAysenFallback(out OfficeTimeZone zone)
        {
            zone = null!;
            var mainland = FindDirectOrMapped(Santiago);
            if (mainland == null)
            {
                return false;
            }
            var fixedMinus3 = TimeZoneInfo.CreateCustomTimeZone("UTC-03", TimeSpan.FromHours(-3), "UTC-03", "UTC-03");
            string note = $"This platform has no {Coyhaique} (time zone database 2025b); using {mainland.Id} until "
                + $"{AysenSwitchUtc:yyyy-MM-dd HH:mm} UTC and fixed UTC-03 after, the same rules.";
            zone = OfficeTimeZone.Stitched(Coyhaique, mainland, AysenSwitchUtc, fixedMinus3, note);
            return true;
        }

        private static TimeZoneInfo? FindSystemZone(string id)
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (TimeZoneNotFoundException)
            {
                return null;
            }
            catch (InvalidTimeZoneException)
            {
                return null;
            }
            catch (SecurityException)
            {
                return null;
            }
            catch (ArgumentException)
            {
                return null; // ids with characters the platform rejects
            }
        }
    }

    /// <summary>A time zone id that no platform zone, map entry or fallback matches.</summary>
    public sealed class UnknownTimeZoneException : Exception
    {
        public UnknownTimeZoneException(string timeZoneId)
            : base($"Zona horaria desconocida «{timeZoneId}»; se acepta un id IANA (p. ej., America/Santiago) o un id de Windows (p. ej., Pacific SA Standard Time) que esta plataforma conozca.")
        {
            TimeZoneId = timeZoneId;
        }

        public string TimeZoneId { get; }
    }
}
