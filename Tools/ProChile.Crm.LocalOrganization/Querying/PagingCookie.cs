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
        public string Format(string primaryIdAttribute) =>
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
