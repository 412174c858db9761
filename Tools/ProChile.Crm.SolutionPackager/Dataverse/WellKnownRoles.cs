using System;
using System.Collections.Generic;

namespace ProChile.Crm.SolutionPackager.Dataverse
{
    /// <summary>
    /// Dataverse's own roles a solution may name without shipping them. System Administrator's id is its role
    /// template id, the same in every environment; exported apps list it in AppModuleRoleMaps (e.g.
    /// microsoft/coe-starter-kit, CenterofExcellenceCoreComponents/SolutionPackage/src/AppModules/
    /// admin_PowerPlatformAdminView/AppModule.xml), and Microsoft's own code queries roles by it.
    /// </summary>
    public static class WellKnownRoles
    {
        public const string SystemAdministrator = "system-administrator";

        private static readonly IReadOnlyDictionary<string, (Guid Id, string Name)> Roles = new Dictionary<string, (Guid, string)>(StringComparer.Ordinal)
        {
            [SystemAdministrator] = (new Guid("627090ff-40a3-4053-8790-584edc5be201"), "System Administrator"),
        };

        public static IEnumerable<string> Names => Roles.Keys;

        public static bool TryGet(string sourceId, out Guid id, out string name)
        {
            var found = Roles.TryGetValue(sourceId, out var role);
            (id, name) = found ? role : (Guid.Empty, string.Empty);
            return found;
        }

        public static string? NameOf(Guid id)
        {
            foreach (var role in Roles.Values)
            {
                if (role.Id == id)
                {
                    return role.Name;
                }
            }

            return null;
        }
    }
}
