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
        public const int NameMaxLength = 100;
        public const string StateCode = "statecode";
        /// <summary>The value as text (invariant culture: "2", "0.25", "a@prochile.gob.cl").</summary>
        public const string Value = "pch_value";
        public const int ValueMaxLength = 4000;
        public const string Description = "pch_description";
        public const int DescriptionMaxLength = 2000;
        /// <summary>The rule id the setting belongs to (C4, D6, N2, N4, R1...).</summary>
        public const string Rule = "pch_rule";
        public const int RuleMaxLength = 10;
        /// <summary>The alternate key on <see cref="Name"/>: one row per setting.</summary>
        public const string KeyName = "pch_settingkey";
    }

    /// <summary>
    /// The settings' keys. The rules' catalog (ProChile.Crm.Rules.Settings.SettingsCatalog) is the one home
    /// of each key's default, accepted values and description; these constants repeat only the names, for
    /// seeding rows and for queries, and Tests/ProChile.Crm.Plugins.Tests holds the two lists equal.
    /// A key with no row (or an empty value) takes the catalog's default. README: Solution/README.md.
    /// </summary>
    public static class SettingKeys
    {
        /// <summary>C4: qualifying actions in the rolling window that make category 2.</summary>
        public const string MinimumQualifyingActions = "C4.MinimumQualifyingActions";

        /// <summary>C4: the rolling window, in months.</summary>
        public const string ActivityWindowMonths = "C4.ActivityWindowMonths";

        /// <summary>D6: business-day deadlines are at risk when fewer than this many business days remain.</summary>
        public const string BusinessDaysAtRisk = "D6.BusinessDaysAtRisk";

        /// <summary>D6: other deadlines are at risk when less than this share of the span remains.</summary>
        public const string ShareOfSpanAtRisk = "D6.ShareOfSpanAtRisk";

        /// <summary>D6 (alert): a task for the owner when a request turns at risk ("sí"/"no").</summary>
        public const string AlertTaskAtRisk = "D6.AlertTaskAtRisk";

        /// <summary>D6 (alert): a task for the owner when a request turns overdue.</summary>
        public const string AlertTaskOverdue = "D6.AlertTaskOverdue";

        /// <summary>D6 (alert, R1): a draft email to the region's mailbox when a request turns overdue.</summary>
        public const string AlertEmailOverdue = "D6.AlertEmailOverdue";

        /// <summary>D6 (alert, N3): a task for the executive when a note's defence arrives.</summary>
        public const string AlertTaskDefenceFiled = "D6.AlertTaskDefenceFiled";

        /// <summary>D6 (alert, N3/S8): a task for the executive when a note's defence term lapses without one.</summary>
        public const string AlertTaskDefenceLapsed = "D6.AlertTaskDefenceLapsed";

        /// <summary>S14: the minimum notice, in calendar days, for an importer's visit.</summary>
        public const string MinimumLeadDays = "S14.MinimumLeadDays";

        /// <summary>N2: business days after receipt at the post office when a certified letter is deemed notified (Ley 19.880 art. 46).</summary>
        public const string CertifiedLetterLagDays = "N2.CertifiedLetterLagDays";

        /// <summary>N4: how long an upheld note stays in force ("hasta-retiro" or months).</summary>
        public const string NoteValidity = "N4.NoteValidity";

        /// <summary>F1: months after the activity when the executive's follow-up task is due.</summary>
        public const string ExecutiveTaskDueMonths = "F1.ExecutiveTaskDueMonths";

        /// <summary>F2: the closed-business email's horizon in months when the survey gave none.</summary>
        public const string DefaultBusinessHorizonMonths = "F2.DefaultBusinessHorizonMonths";

        /// <summary>S4: the guidance email's subject template ({empresa}).</summary>
        public const string GuidanceEmailSubject = "S4.GuidanceEmailSubject";

        /// <summary>S4: the guidance email's body template ({empresa}, {casilla}).</summary>
        public const string GuidanceEmailBody = "S4.GuidanceEmailBody";

        /// <summary>R1: where registration problems go.</summary>
        public const string RegistrationMailbox = "R1.Mailbox.gestion-de-clientes";

        /// <summary>R1: each region's generic mailbox: the key is this prefix plus the region's office slug (e.g. "R1.Mailbox.nuble").</summary>
        public const string RegionMailboxPrefix = "R1.Mailbox.";
    }
}
