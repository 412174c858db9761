using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// The two platform roles the admin guide relies on, described as data (the subset of their grants that touches the
    /// tables a local organization declares).
    /// <para>System Administrator "has full permission to customize or administer the environment" and "can view all
    /// data": every privilege on every table at Global ("Security roles and privileges",
    /// https://learn.microsoft.com/power-platform/admin/security-roles-privileges).</para>
    /// <para>Basic User "primarily contains Basic privileges for core entities where the user can write, update, and
    /// delete records that they created or owned" (https://learn.microsoft.com/power-platform-release-plan/2020wave2/data-platform/common-data-service-user-security-role-renamed-basic-user);
    /// its account grants are all eight at Basic (the role's screenshot in
    /// https://learn.microsoft.com/training/modules/get-started-security-concepts/role-based-security), activities
    /// (task, email) likewise, and users and business units are readable organization-wide so lookups to them work.
    /// It grants nothing on a solution's own tables: a user needs the solution's role to see any ProChile row.</para>
    /// </summary>
    public static class PlatformRoles
    {
        public const string BasicUserName = "Basic User";

        public const string SystemAdministratorName = "System Administrator";

        private static readonly PrivilegeType[] All =
        {
            PrivilegeType.Create, PrivilegeType.Read, PrivilegeType.Write, PrivilegeType.Delete,
            PrivilegeType.Append, PrivilegeType.AppendTo, PrivilegeType.Assign, PrivilegeType.Share,
        };

        public static SecurityRole SystemAdministrator { get; } = new SecurityRole(SystemAdministratorName, Enumerable.Empty<TablePrivilege>(), PrivilegeDepth.Global);

        public static SecurityRole BasicUser { get; } = new SecurityRole(BasicUserName, BasicUserGrants());

        public static IReadOnlyList<SecurityRole> Both { get; } = new[] { BasicUser, SystemAdministrator };

        private static IEnumerable<TablePrivilege> BasicUserGrants()
        {
            foreach (var table in new[] { "account", "task", "email" })
            {
                foreach (var privilege in All)
                {
                    yield return new TablePrivilege(table, privilege, PrivilegeDepth.Basic);
                }
            }

            yield return new TablePrivilege(SystemColumns.SystemUser, PrivilegeType.Read, PrivilegeDepth.Global);
            yield return new TablePrivilege(SystemColumns.SystemUser, PrivilegeType.AppendTo, PrivilegeDepth.Global);
            yield return new TablePrivilege(SystemColumns.BusinessUnit, PrivilegeType.Read, PrivilegeDepth.Global);
            yield return new TablePrivilege(SystemColumns.Team, PrivilegeType.Read, PrivilegeDepth.Global);
        }
    }
}
