using System;
using System.Collections.Generic;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// A small, explicit map between IANA and Windows time zone ids for the zones this solution needs (D4):
    /// the three Chilean zones and the usual zones of ProChile's commercial offices abroad. It exists because
    /// .NET Framework 4.6.2 on Windows (the plugin sandbox) finds zones by Windows id only and has no id
    /// conversion API. It is not a full CLDR table: an id not listed here is still tried as given.
    /// </summary>
    public static class TimeZoneIdMap
    {
        // Windows id, then its IANA ids; the first IANA id is CLDR's primary ("001") zone for that Windows id.
        private static readonly string[][] Rows =
        {
            new[] { "Pacific SA Standard Time", "America/Santiago" },
            new[] { "Magallanes Standard Time", "America/Punta_Arenas" },
            new[] { "UTC", "Etc/UTC", "UTC", "Etc/GMT" },
            new[] { "SA Pacific Standard Time", "America/Bogota", "America/Lima", "America/Guayaquil", "America/Panama" },
            new[] { "SA Western Standard Time", "America/La_Paz" },
            new[] { "Argentina Standard Time", "America/Buenos_Aires", "America/Argentina/Buenos_Aires" },
            new[] { "E. South America Standard Time", "America/Sao_Paulo" },
            new[] { "Montevideo Standard Time", "America/Montevideo" },
            new[] { "Paraguay Standard Time", "America/Asuncion" },
            new[] { "Venezuela Standard Time", "America/Caracas" },
            new[] { "Central America Standard Time", "America/Guatemala", "America/Costa_Rica", "America/El_Salvador" },
            new[] { "Central Standard Time (Mexico)", "America/Mexico_City" },
            new[] { "Eastern Standard Time", "America/New_York", "America/Toronto", "America/Miami" },
            new[] { "Central Standard Time", "America/Chicago" },
            new[] { "Mountain Standard Time", "America/Denver" },
            new[] { "Pacific Standard Time", "America/Los_Angeles", "America/Vancouver" },
            new[] { "GMT Standard Time", "Europe/London", "Europe/Lisbon", "Europe/Dublin" },
            new[] { "Romance Standard Time", "Europe/Paris", "Europe/Madrid", "Europe/Brussels", "Europe/Copenhagen" },
            new[] { "W. Europe Standard Time", "Europe/Berlin", "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Zurich", "Europe/Vienna", "Europe/Oslo" },
            new[] { "Central European Standard Time", "Europe/Warsaw" },
            new[] { "GTB Standard Time", "Europe/Bucharest", "Europe/Athens" },
            new[] { "FLE Standard Time", "Europe/Kiev", "Europe/Kyiv", "Europe/Helsinki" },
            new[] { "Russian Standard Time", "Europe/Moscow" },
            new[] { "Turkey Standard Time", "Europe/Istanbul" },
            new[] { "Israel Standard Time", "Asia/Jerusalem" },
            new[] { "Egypt Standard Time", "Africa/Cairo" },
            new[] { "Morocco Standard Time", "Africa/Casablanca" },
            new[] { "South Africa Standard Time", "Africa/Johannesburg" },
            new[] { "W. Central Africa Standard Time", "Africa/Lagos" },
            new[] { "Arab Standard Time", "Asia/Riyadh" },
            new[] { "Arabian Standard Time", "Asia/Dubai" },
            new[] { "India Standard Time", "Asia/Calcutta", "Asia/Kolkata" },
            new[] { "SE Asia Standard Time", "Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh", "Asia/Saigon" },
            new[] { "Singapore Standard Time", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Manila" },
            new[] { "China Standard Time", "Asia/Shanghai", "Asia/Hong_Kong" },
            new[] { "Taipei Standard Time", "Asia/Taipei" },
            new[] { "Korea Standard Time", "Asia/Seoul" },
            new[] { "Tokyo Standard Time", "Asia/Tokyo" },
            new[] { "AUS Eastern Standard Time", "Australia/Sydney", "Australia/Melbourne" },
            new[] { "New Zealand Standard Time", "Pacific/Auckland" },
        };

        private static readonly Dictionary<string, string> IanaToWindows = BuildIanaToWindows();
        private static readonly Dictionary<string, string> WindowsToIana = BuildWindowsToIana();

        /// <summary>The Windows id of an IANA id listed in the map.</summary>
        public static bool TryGetWindowsId(string ianaId, out string windowsId) =>
            IanaToWindows.TryGetValue(ianaId ?? string.Empty, out windowsId!);

        /// <summary>The primary IANA id of a Windows id listed in the map.</summary>
        public static bool TryGetIanaId(string windowsId, out string ianaId) =>
            WindowsToIana.TryGetValue(windowsId ?? string.Empty, out ianaId!);

        private static Dictionary<string, string> BuildIanaToWindows()
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in Rows)
            {
                for (int i = 1; i < row.Length; i++)
                {
                    map[row[i]] = row[0];
                }
            }
            return map;
        }

        private static Dictionary<string, string> BuildWindowsToIana()
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in Rows)
            {
                map[row[0]] = row[1];
            }
            return map;
        }
    }
}
