using System;
using System.Collections.Generic;
using System.Text;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// String comparison as Dataverse's default SQL collation (Latin1_General_CI_AI) does it: case-insensitive,
    /// accent-insensitive ("Región" = "REGION", "Ñuñoa" = "Nunoa"), trailing spaces ignored in equality. Folding is
    /// table-driven rather than culture-driven so results do not depend on the machine's globalization mode.
    /// </summary>
    internal static class Collation
    {
        // Latin-1 and Latin Extended-A, folded once: every text comparison and text index key folds each character.
        private static readonly char[] Folded = BuildTable(BuildFolds());

        public static string Fold(string value)
        {
            var folded = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                folded.Append(Fold(c));
            }

            return folded.ToString();
        }

        public static char Fold(char c) => c < Folded.Length ? Folded[c] : char.ToUpperInvariant(c);

        private static char[] BuildTable(IReadOnlyDictionary<char, char> accentFolds)
        {
            var table = new char[0x180];
            for (int i = 0; i < table.Length; i++)
            {
                char c = (char)i;
                table[i] = accentFolds.TryGetValue(c, out var plain) ? plain : char.ToUpperInvariant(c);
            }

            return table;
        }

        public static bool AreEqual(string left, string right) => Compare(left, right) == 0;

        /// <summary>
        /// The ordinal order of the folded strings without their trailing spaces, compared in place: every filter
        /// on a text column runs this once per candidate row, so it folds character by character and allocates nothing.
        /// </summary>
        public static int Compare(string left, string right)
        {
            int leftLength = TrimmedLength(left);
            int rightLength = TrimmedLength(right);
            int common = Math.Min(leftLength, rightLength);
            for (int i = 0; i < common; i++)
            {
                int difference = Fold(left[i]) - Fold(right[i]);
                if (difference != 0)
                {
                    return difference;
                }
            }

            return leftLength - rightLength;
        }

        private static int TrimmedLength(string value)
        {
            int length = value.Length;
            while (length > 0 && value[length - 1] == ' ')
            {
                length--;
            }

            return length;
        }

        private static IReadOnlyDictionary<char, char> BuildFolds()
        {
            var folds = new Dictionary<char, char>();
            void Map(string accented, char plain)
            {
                foreach (var c in accented)
                {
                    folds[c] = plain;
                }
            }

            Map("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", 'A');
            Map("ÇçĆćĈĉĊċČč", 'C');
            Map("ÐďĎđĐ", 'D');
            Map("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", 'E');
            Map("ĜĝĞğĠġĢģ", 'G');
            Map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİ", 'I');
            Map("ÑñŃńŅņŇň", 'N');
            Map("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", 'O');
            Map("ŔŕŖŗŘř", 'R');
            Map("ŚśŜŝŞşŠš", 'S');
            Map("ŢţŤť", 'T');
            Map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", 'U');
            Map("ÝýÿŸŶŷ", 'Y');
            Map("ŹźŻżŽž", 'Z');
            return folds;
        }
    }
}
