using System.Text;
using System.Text.RegularExpressions;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// A SQL LIKE pattern under the organization's collation: <c>%</c> any run of characters, <c>_</c> exactly one,
    /// <c>[abc]</c>, <c>[a-c]</c> and <c>[^a]</c> character sets (a set also escapes: <c>[%]</c> is a literal percent).
    /// </summary>
    internal sealed class LikePattern
    {
        private readonly Regex regex;

        public LikePattern(string pattern)
        {
            Pattern = pattern;
            regex = new Regex("^" + Translate(Collation.Fold(pattern)) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        }

        public string Pattern { get; }

        public bool IsMatch(string value) => regex.IsMatch(Collation.Fold(value));

        private static string Translate(string pattern)
        {
            var result = new StringBuilder();
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '%':
                        result.Append(".*");
                        break;
                    case '_':
                        result.Append('.');
                        break;
                    case '[':
                        var close = pattern.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            result.Append(Regex.Escape("["));
                            break;
                        }

                        result.Append(CharacterSet(pattern.Substring(i + 1, close - i - 1)));
                        i = close;
                        break;
                    default:
                        result.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return result.ToString();
        }

        private static string CharacterSet(string body)
        {
            var negated = body.StartsWith('^');
            var members = negated ? body.Substring(1) : body;
            var set = new StringBuilder(negated ? "[^" : "[");
            foreach (var c in members)
            {
                set.Append(c == '-' ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]"));
            }

            return set.Append(']').ToString();
        }
    }
}
