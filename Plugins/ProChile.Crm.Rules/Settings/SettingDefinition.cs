namespace ProChile.Crm.Rules.Settings
{
    /// <summary>
    /// One admin-changeable setting: where the protocol is silent (or gives data, like mailboxes), the
    /// value is a setting with a default, never a buried constant. The plugins read overrides from
    /// Dataverse by <see cref="Name"/>; see <see cref="RuleSettings.FromOverrides"/>.
    /// </summary>
    public abstract class SettingDefinition
    {
        protected SettingDefinition(string name, string ruleId, string defaultText, string description, string englishDescription, string accepted)
        {
            Name = name;
            RuleId = ruleId;
            DefaultText = defaultText;
            Description = description;
            EnglishDescription = englishDescription;
            Accepted = accepted;
        }

        /// <summary>The key an override is stored under, e.g. <c>C4.MinimumQualifyingActions</c>.</summary>
        public string Name { get; }

        /// <summary>The protocol rule the setting belongs to, e.g. <c>C4</c>.</summary>
        public string RuleId { get; }

        /// <summary>The default, written as an admin would type it.</summary>
        public string DefaultText { get; }

        /// <summary>What the setting decides (Spanish, shown to admins).</summary>
        public string Description { get; }

        /// <summary>What the setting decides, in English (the admin guide gives both).</summary>
        public string EnglishDescription { get; }

        /// <summary>What values are accepted (Spanish), quoted in the error on a bad value.</summary>
        public string Accepted { get; }

        /// <summary>Whether <paramref name="text"/> is a value this setting accepts (surrounding spaces ignored).</summary>
        public abstract bool Accepts(string text);
    }
}
