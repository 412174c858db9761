using System;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace ProChile.Crm.LocalOrganization.Querying
{
    /// <summary>
    /// The paging cookie Dataverse returns with a page: <c>&lt;cookie page="1"&gt;&lt;accountid last="{id}" first="{id}" /&gt;&lt;/cookie&gt;</c>.
    /// Sending it back with the next page number resumes right after the last record of the previous page, even if
    /// rows were inserted before it meanwhile.
    /// </summary>
    internal sealed record PagingCookie(int Page, Guid First, Guid Last)
    {
        /// <summary>
        /// The cookie's text. Every query page carries one, so the usual case (a plain a-z, 0-9, _ logical name, which
        /// needs no escaping) is written directly: an XmlWriter allocates a 12 KB buffer per call. Other names go
        /// through XElement, which escapes or rejects them; both give the same text.
        /// </summary>
        public string Format(string primaryIdAttribute) =>
            IsPlainName(primaryIdAttribute)
                ? "<cookie page=\"" + Page.ToString(CultureInfo.InvariantCulture) + "\"><" + primaryIdAttribute
                  + " last=\"" + Last.ToString("B").ToUpperInvariant() + "\" first=\"" + First.ToString("B").ToUpperInvariant() + "\" /></cookie>"
                : FormatAsXml(primaryIdAttribute);

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || !(name[0] is (>= 'a' and <= 'z') or '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private string FormatAsXml(string primaryIdAttribute) =>
            new XElement("cookie",
                new XAttribute("page", Page.ToString(CultureInfo.InvariantCulture)),
                new XElement(primaryIdAttribute,
                    new XAttribute("last", Last.ToString("B").ToUpperInvariant()),
                    new XAttribute("first", First.ToString("B").ToUpperInvariant())))
            .ToString(SaveOptions.DisableFormatting);

        /// <summary>The cookie, or null when the text is empty or not a cookie this organization wrote.</summary>
        public static PagingCookie? TryParse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            try
            {
                var root = XElement.Parse(text);
                var key = root.Elements().FirstOrDefault(e => e.Attribute("last") != null);
                if (root.Name != "cookie" || key == null
                    || !int.TryParse((string?)root.Attribute("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page)
                    || !Guid.TryParse((string?)key.Attribute("last"), out var last)
                    || !Guid.TryParse((string?)key.Attribute("first"), out var first))
                {
                    return null;
                }

                return new PagingCookie(page, first, last);
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
