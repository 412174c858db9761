using System;

namespace ProChile.Crm.Dataverse.Mapping
{
    /// <summary>
    /// Text a plugin or activity builds for a text column, fitted to the column's maximum length: Dataverse refuses
    /// a longer value (0x80044331), which would fail the whole operation (or an asynchronous job, leaving no record)
    /// for text the user never typed. A text that fits is kept as is; a longer one is cut and ends with
    /// <see cref="Ellipsis"/>, so a reader sees it was shortened. A cut never splits a surrogate pair. It is for
    /// text we compose; what a user typed is the user's, and Dataverse's own length check answers for it.
    /// Lengths are the <c>...MaxLength</c> constants beside the column names in ProChile.Crm.Dataverse.Schema.
    /// </summary>
    public static class ColumnText
    {
        /// <summary>The single character that ends a shortened text.</summary>
        public const string Ellipsis = "…";

        /// <summary><paramref name="text"/> if it fits in <paramref name="maxLength"/> characters, else its start and "…".</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is less than 1 (a mistake in the caller).</exception>
        public static string Fit(string text, int maxLength)
        {
            RequirePositive(maxLength);
            if (text.Length <= maxLength)
            {
                return text;
            }

            return Start(text, maxLength - Ellipsis.Length) + Ellipsis;
        }

        /// <summary>
        /// <paramref name="prefix"/> + <paramref name="part"/> + <paramref name="suffix"/>, cutting only the part when
        /// the whole does not fit, so what the fixed pieces carry (a rule id, a record's reference) survives. When the
        /// fixed pieces alone do not fit, the whole is fitted as <see cref="Fit"/> does.
        /// </summary>
        public static string FitPart(string prefix, string part, string suffix, int maxLength)
        {
            RequirePositive(maxLength);
            var whole = prefix + part + suffix;
            if (whole.Length <= maxLength)
            {
                return whole;
            }

            var room = maxLength - prefix.Length - suffix.Length - Ellipsis.Length;
            return room < 0 ? Fit(whole, maxLength) : prefix + Start(part, room) + Ellipsis + suffix;
        }

        // The first characters of text, at most length of them, without a lone high surrogate at the end.
        private static string Start(string text, int length)
        {
            var cut = Math.Min(length, text.Length);
            if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            return text.Substring(0, cut).TrimEnd();
        }

        private static void RequirePositive(int maxLength)
        {
            if (maxLength < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "A column's maximum length is at least 1.");
            }
        }
    }
}
