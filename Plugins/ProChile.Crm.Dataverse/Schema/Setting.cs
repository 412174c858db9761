namespace ProChile.Crm.Dataverse.Schema
{
    /// <summary>
    /// pch_setting: the protocol's admin-changeable settings, one row per key. A table rather than environment
    /// variables because the 9.0 customization schema the build validates against has no environment
    /// variable definitions; a table also lets the plugins read every setting with one query. A key with no
    /// row (or an empty value) takes the default in <see cref="SettingKeys"/>.
    /// </summary>
    public static class Setting
    {
        public const string EntityLogicalName = "pch_setting";
        public const string PrimaryId = "pch_settingid";
        /// <summary>The key, one of <see cref="SettingKeys"/> (alternate key <see cref="KeyName"/>).</summary>
        public const string Name = "pch_name";
        public const string StateCode = "statecode";
        /// <summary>The value as text (invariant culture: "2", "0.25", "a@prochile.gob.cl").</summary>
        public const string Value = "pch_value";
        public const string Description = "pch_description";
        /// <summary>The rule id the setting belongs to (C4, D6, N2, N4, R1...).</summary>
        public const string Rule = "pch_rule";
        /// <summary>The alternate key on <see cref="Name"/>: one row per setting.</summary>
        public const string KeyName = "pch_settingkey";
    }

    /// <summary>The settings' keys and their defaults (used when the row is missing or empty). README: Solution/README.md.</summary>
    public static class SettingKeys
    {
        /// <summary>C4: qualifying actions in the rolling window that make category 2. Default 2.</summary>
        public const string HabitualMinimumActions = "C4.HabitualMinimumActions";
        public const string HabitualMinimumActionsDefault = "2";

        /// <summary>C4: the rolling window, in months. Default 12.</summary>
        public const string HabitualWindowMonths = "C4.HabitualWindowMonths";
        public const string HabitualWindowMonthsDefault = "12";

        /// <summary>C7: years without work after which a company is a former user. Default 3.</summary>
        public const string FormerUserYears = "C7.FormerUserYears";
        public const string FormerUserYearsDefault = "3";

        /// <summary>D6: business-day deadlines are at risk when fewer than this many business days remain. Default 1.</summary>
        public const string WarningBusinessDays = "D6.WarningBusinessDays";
        public const string WarningBusinessDaysDefault = "1";

        /// <summary>D6: other deadlines are at risk when less than this share of the span remains. Default 0.25.</summary>
        public const string WarningShareOfSpan = "D6.WarningShareOfSpan";
        public const string WarningShareOfSpanDefault = "0.25";

        /// <summary>N2: days after receipt at the post office when a certified letter is deemed notified (Ley 19.880 art. 46). Default 3.</summary>
        public const string CertifiedLetterLagDays = "N2.CertifiedLetterLagDays";
        public const string CertifiedLetterLagDaysDefault = "3";

        /// <summary>N4: days a note stays in force; empty means until withdrawn. Default empty.</summary>
        public const string NoteInForceDays = "N4.NoteInForceDays";
        public const string NoteInForceDaysDefault = "";

        /// <summary>R1: where registration problems go.</summary>
        public const string RegistrationMailbox = "R1.Mailbox.Registro";
        public const string RegistrationMailboxDefault = "gestiondeclientes@prochile.gob.cl";

        /// <summary>R1: each region's generic mailbox: the key is this prefix plus the <see cref="Choices.Region"/> member name.</summary>
        public const string RegionMailboxPrefix = "R1.Mailbox.";
    }
}
