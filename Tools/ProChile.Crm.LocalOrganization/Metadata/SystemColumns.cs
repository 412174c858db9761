namespace ProChile.Crm.LocalOrganization.Metadata
{
    /// <summary>Logical names of the columns the platform adds to tables and maintains itself.</summary>
    public static class SystemColumns
    {
        public const string CreatedOn = "createdon";
        public const string ModifiedOn = "modifiedon";
        public const string CreatedBy = "createdby";
        public const string ModifiedBy = "modifiedby";
        public const string VersionNumber = "versionnumber";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string OwnerId = "ownerid";
        public const string OwningBusinessUnit = "owningbusinessunit";

        public const string SystemUser = "systemuser";
        public const string Team = "team";
        public const string BusinessUnit = "businessunit";
    }
}
