using System.Linq;

namespace ProChile.Crm.Rules.Routing
{
    /// <summary>
    /// R1: the check a mailbox setting passes: one '@', a non-empty local part, a domain with a dot, no spaces.
    /// Deliberately simple: it catches typos in an admin's setting, it is not RFC 5322.
    /// </summary>
    internal static class MailAddress
    {
        public static bool TryParse(string text, out string address)
        {
            address = text.Trim().ToLowerInvariant();
            int at = address.IndexOf('@');
            if (at <= 0 || at != address.LastIndexOf('@') || address.Any(char.IsWhiteSpace))
            {
                return false;
            }
            var domain = address.Substring(at + 1);
            return domain.IndexOf('.') > 0 && !domain.EndsWith(".", System.StringComparison.Ordinal) && domain.IndexOf("..", System.StringComparison.Ordinal) < 0;
        }
    }
}
