namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>Whether records of a table have an owner (ownerid, owningbusinessunit) or belong to the organization.</summary>
    public enum TableOwnership
    {
        UserOwned,
        OrganizationOwned,
    }
}
