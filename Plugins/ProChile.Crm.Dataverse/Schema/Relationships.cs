namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>The solution's relationships (schema names), for related-record queries and associate calls.</summary>
    public static class Relationships
    {
        public const string AccountActions = "pch_account_pch_action";
        public const string AccountRequests = "pch_account_pch_request";
        /// <summary>S2/S11/S12: a request and the one whose answer opened it (self-referencing).</summary>
        public const string RequestPredecessor = "pch_request_pch_request_predecessor";
        /// <summary>S1/S3/S5/S9/S10: a request and the one its answer opened (self-referencing).</summary>
        public const string RequestSuccessor = "pch_request_pch_request_successor";
        public const string AccountBehaviourNotes = "pch_account_pch_behaviournote";
        public const string AccountCategoryHistory = "pch_account_pch_categoryhistory";
        /// <summary>F3: the commercial executive who reviews the company at the quarter's end.</summary>
        public const string QuarterReviewer = "pch_systemuser_account_quarterreviewer";
        /// <summary>C2: the executive who validated the company.</summary>
        public const string ValidatedBy = "pch_systemuser_account_validatedby";
    }
}
