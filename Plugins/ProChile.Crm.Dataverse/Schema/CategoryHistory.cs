namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>pch_categoryhistory (C4/C5): every category change of a company: when, from what, to what, and why.</summary>
    public static class CategoryHistory
    {
        public const string EntityLogicalName = "pch_categoryhistory";
        public const string PrimaryId = "pch_categoryhistoryid";
        public const string Name = "pch_name";
        public const int NameMaxLength = 200;
        public const string StateCode = "statecode";
        /// <summary>The company's owner, so the history is seen by whoever works the company.</summary>
        public const string Owner = "ownerid";
        public const string AccountId = "pch_accountid";
        public const string ChangedOn = "pch_changedon";
        public const string FromCategory = "pch_fromcategory";
        public const string ToCategory = "pch_tocategory";
        /// <summary>Why, citing the rule (e.g. "C5: no desea recibir el correo mensual").</summary>
        public const string Reason = "pch_reason";
        public const int ReasonMaxLength = 500;
    }
}
