namespace ProChile.Crm.LocalOrganization.Security
{
    /// <summary>
    /// How far a privilege reaches, as Dataverse's access levels: Basic = rows the user owns, Local = rows owned in the
    /// user's business unit, Deep = the unit and its child units, Global = every row. None = not held. Organization-owned
    /// tables know only Global and None ("Security concepts for developers",
    /// https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts).
    /// </summary>
    public enum PrivilegeDepth
    {
        None = 0,
        Basic = 1,
        Local = 2,
        Deep = 3,
        Global = 4,
    }
}
