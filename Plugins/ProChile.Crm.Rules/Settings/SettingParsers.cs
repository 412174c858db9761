using System.Globalization;

namespace ProChile.Crm.Rules.Settings
{
    /// <summary>The ways setting text is read. Invariant culture; a decimal comma is accepted, as Chilean admins write it.</summary>
    internal static class SettingParsers
    {
        public static SettingParser<int> IntegerBetween(int min, int max) =>
            (string text, out int value) =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

        /// <summary>A share of a span: "0.25", "0,25" or "25%"; strictly between 0 and 1.</summary>
        public static bool Share(string text, out decimal value)
        {
            bool percent = text.EndsWith("%", System.StringComparison.Ordinal);
            if (!Decimal(percent ? text.Substring(0, text.Length - 1).Trim() : text, out value))
            {
                return false;
            }
            if (percent)
            {
                value /= 100m;
            }
            return value > 0m && value < 1m;
        }

        /// <summary>A positive number of days, possibly fractional: "1", "0.5", "0,5".</summary>
        public static bool PositiveDays(string text, out decimal value) =>
            Decimal(text, out value) && value > 0m && value <= 365m;

        private static bool Decimal(string text, out decimal value) =>
            decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
