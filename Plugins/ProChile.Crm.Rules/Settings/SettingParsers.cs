using System.Globalization;

namespace ProChile.Crm.Rules.Settings
{
    /// <summary>The ways setting text is read. Invariant culture; a decimal comma is accepted, as Chilean admins write it.</summary>
    internal static class SettingParsers
    {
        public static SettingParser<int> IntegerBetween(int min, int max) =>
            (string text, out int value) =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

        /// <summary>An on/off switch as an admin writes it: «sí»/«si»/«no», also true/false and 1/0.</summary>
        public static bool Switch(string text, out bool value)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "sí":
                case "si":
                case "true":
                case "1":
                    value = true;
                    return true;
                case "no":
                case "false":
                case "0":
                    value = false;
                    return true;
                default:
                    value = false;
                    return false;
            }
        }

        /// <summary>A text of 1 to <paramref name="maxLength"/> characters (an email template, kept within its column).</summary>
        public static SettingParser<string> TextUpTo(int maxLength) =>
            (string text, out string value) =>
            {
                value = text;
                return text.Length > 0 && text.Length <= maxLength;
            };

        /// <summary>A share of a span: "0.25", "0,25" or "25%"; from 0 to 1.</summary>
        public static bool Share(string text, out double value)
        {
            value = 0;
            bool percent = text.EndsWith("%", System.StringComparison.Ordinal);
            if (!Decimal(percent ? text.Substring(0, text.Length - 1).Trim() : text, out var share))
            {
                return false;
            }
            if (percent)
            {
                share /= 100m;
            }
            value = (double)share;
            return share >= 0m && share <= 1m;
        }

        private static bool Decimal(string text, out decimal value) =>
            decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
