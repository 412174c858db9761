namespace ProChile.Crm.Rules.Settings
{
    /// <summary>Reads a setting's text; false when the text is not an accepted value.</summary>
    public delegate bool SettingParser<T>(string text, out T value);

    /// <summary>A setting whose value is a <typeparamref name="T"/>, read from text by its parser.</summary>
    public sealed class Setting<T> : SettingDefinition
    {
        private readonly SettingParser<T> _parser;

        public Setting(string name, string ruleId, string defaultText, string description, string englishDescription, string accepted, SettingParser<T> parser)
            : base(name, ruleId, defaultText, description, englishDescription, accepted)
        {
            _parser = parser;
            // A default that does not parse is a programming error: fail when the catalog is built.
            Default = Parse(defaultText);
        }

        /// <summary>The default value.</summary>
        public T Default { get; }

        public override bool Accepts(string text) => _parser(text.Trim(), out _);

        /// <summary>Reads <paramref name="text"/>, or throws <see cref="InvalidSettingException"/> naming the value and what is accepted.</summary>
        public T Parse(string text)
        {
            if (!_parser(text.Trim(), out var value))
            {
                throw InvalidSettingException.BadValue(this, text);
            }
            return value;
        }
    }
}
