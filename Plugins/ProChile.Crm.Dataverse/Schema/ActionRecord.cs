namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>pch_action, "Registro de Acciones" (C6): an action an executive registered for a company. (Not named Action: it would clash with System.Action.)</summary>
    public static class ActionRecord
    {
        public const string EntityLogicalName = "pch_action";
        public const string PrimaryId = "pch_actionid";
        public const string Name = "pch_name";
        public const int NameMaxLength = 200;
        public const string Owner = "ownerid";
        public const string StateCode = "statecode";
        /// <summary>The company the action was for (lookup to account, relationship <see cref="Relationships.AccountActions"/>).</summary>
        public const string AccountId = "pch_accountid";
        /// <summary>C6: the local date of the action; the calendar year January-December is taken from it.</summary>
        public const string ActionDate = "pch_actiondate";
        /// <summary>C6: the action "suma para ser usuaria".</summary>
        public const string Qualifies = "pch_qualifies";
        public const string Description = "pch_description";
        public const int DescriptionMaxLength = 4000;
    }
}
