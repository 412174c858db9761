namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>One grant of a role: a privilege on a table (logical name) to a depth.</summary>
    public readonly record struct TablePrivilege(string Table, PrivilegeType Privilege, PrivilegeDepth Depth);
}
