using System;
using System.Collections.Generic;

namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>
    /// The SDK messages our steps may register on, with the sdkmessageid every Dataverse organization shares
    /// for them (the 9.0 step schema keys a message only by this id).
    /// </summary>
    public static class SdkMessages
    {
        private static readonly IReadOnlyDictionary<string, Guid> Ids = new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            ["Assign"] = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Create"] = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Delete"] = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
            ["Update"] = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        };

        public static IEnumerable<string> Names => Ids.Keys;

        public static bool TryGetId(string message, out Guid id) => Ids.TryGetValue(message, out id);

        public static string? NameOf(Guid id)
        {
            foreach (var pair in Ids)
            {
                if (pair.Value == id)
                {
                    return pair.Key;
                }
            }

            return null;
        }
    }
}
