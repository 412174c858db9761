namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>The eight table privileges a role grants (Dataverse's PrivilegeType, without None).</summary>
    public enum PrivilegeType
    {
        Create,
        Read,
        Write,
        Delete,
        Append,
        AppendTo,
        Assign,
        Share,
    }
}
