using System;
using System.Collections.Generic;
using ProChile.Crm.LocalOrganization.Metadata;

namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// Dataverse's privilege names: prv + privilege + the table's privilege key. A solution's table is keyed by its
    /// schema name, in its casing (prvCreatepch_CategoryHistory; exports' roles list e.g. prvReadautocoe_AuditLog, and
    /// the packer writes our roles so); system tables by their own key (prvReadAccount, prvReadUser), and every
    /// activity table shares the Activity privileges (prvCreateActivity).
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

        public static string Of(TableDefinition table, PrivilegeType privilege) => Of(table.LogicalName, table.SchemaName, privilege);

        public static string Of(string logicalName, string schemaName, PrivilegeType privilege) =>
            "prv" + privilege + (SystemKeys.TryGetValue(logicalName, out var key) ? key : schemaName);

        /// <summary>The access right an access check names for a privilege (WriteAccess, AppendToAccess).</summary>
        public static string AccessRightOf(PrivilegeType privilege) => privilege + "Access";
    }
}
