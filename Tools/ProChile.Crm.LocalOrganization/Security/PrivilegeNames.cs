using System;
using System.Collections.Generic;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// Dataverse's privilege names: prv + privilege + the table's privilege key. A solution's table is keyed by its
    /// schema name (prvCreatepch_categoryhistory, as the packer writes roles); system tables by their own key
    /// (prvReadAccount, prvReadUser), and every activity table shares the Activity privileges (prvCreateActivity).
    /// </summary>
    public static class PrivilegeNames
    {
        private static readonly Dictionary<string, string> SystemKeys = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["account"] = "Account",
            ["contact"] = "Contact",
            ["systemuser"] = "User",
            ["team"] = "Team",
            ["businessunit"] = "BusinessUnit",
            ["task"] = "Activity",
            ["email"] = "Activity",
        };

        public static string Of(string table, PrivilegeType privilege) =>
            "prv" + privilege + (SystemKeys.TryGetValue(table, out var key) ? key : table);

        /// <summary>The access right an access check names for a privilege (WriteAccess, AppendToAccess).</summary>
        public static string AccessRightOf(PrivilegeType privilege) => privilege + "Access";
    }
}
