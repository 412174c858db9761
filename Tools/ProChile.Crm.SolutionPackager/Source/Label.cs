using System;

namespace ProChile.Crm.SolutionPackager.Source
{
    /// <summary>A text in the solution's two languages: Spanish (3082, the base language) and English (1033).</summary>
    public sealed record Label(string Spanish, string English)
    {
        public const int SpanishCode = 3082;
        public const int EnglishCode = 1033;

        public static readonly Label Empty = new(string.Empty, string.Empty);

        public bool IsEmpty => Spanish.Length == 0 && English.Length == 0;

        public (int Code, string Text)[] ByLanguage() => new[] { (SpanishCode, Spanish), (EnglishCode, English) };

        public override string ToString() => Spanish.Length > 0 ? Spanish : English;

        internal static Label Require(string spanish, string english, Func<string, Exception> error)
        {
            if (string.IsNullOrWhiteSpace(spanish) || string.IsNullOrWhiteSpace(english))
            {
                throw error("necesita ambas etiquetas, es (3082) y en (1033)");
            }

            return new Label(spanish, english);
        }
    }
}
