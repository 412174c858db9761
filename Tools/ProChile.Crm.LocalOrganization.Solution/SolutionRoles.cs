using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.LocalOrganization.Metadata;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.LocalOrganization.Solution
{
    /// <summary>
    /// The names of every role a ProChile user holds, in one place: the solution's three (the Name attribute of
    /// Solution/src/Roles/*.xml; a test holds these constants to the source) and the platform's two every user is
    /// given beside them. <see cref="From"/> reads the solution's roles as the local organization's role data.
    /// </summary>
    public static class SolutionRoles
    {
        public const string RegionalExecutive = "ProChile Ejecutivo(a) Regional";

        public const string CommercialExecutive = "ProChile Ejecutivo(a) Comercial";

        public const string PortfolioAdministrator = "ProChile Administrador(a) de Cartera";

        /// <summary>The platform role that opens the app; assign it with every ProChile role.</summary>
        public const string BasicUser = PlatformRoles.BasicUserName;

        public const string SystemAdministrator = PlatformRoles.SystemAdministratorName;

        /// <summary>The solution's roles as the source describes them (privilege and depth by table).</summary>
        public static IReadOnlyList<SecurityRole> From(SolutionSource source) => source.Roles.Select(From).ToList();

        /// <summary>Declares the solution's roles on <paramref name="schema"/>.</summary>
        public static void DeclareOn(OrganizationSchema schema, SolutionSource source)
        {
            foreach (var role in From(source))
            {
                schema.Roles.Declare(role);
            }
        }

        private static SecurityRole From(RoleSource role) =>
            new SecurityRole(role.Name, role.Privileges.SelectMany(table => table.Levels.Select(level => new TablePrivilege(
                table.Table,
                Enum.Parse<PrivilegeType>(level.Key),
                Enum.Parse<PrivilegeDepth>(level.Value)))));
    }
}
