namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>The solution's relationships (schema names), for related-record queries and associate calls.</summary>
    public static class Relationships
    {
        public const string AccountActions = "pch_account_pch_action";
        public const string AccountRequests = "pch_account_pch_request";
        public const string AccountBehaviourNotes = "pch_account_pch_behaviournote";
        public const string AccountCategoryHistory = "pch_account_pch_categoryhistory";
        /// <summary>C2: the executive who validated the company.</summary>
        public const string ValidatedBy = "pch_systemuser_account_validatedby";
    }
}
