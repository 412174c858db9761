using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ProChile.Crm.SolutionPackager.Packaging
{
    /// <summary>
    /// A solution zip's parts by entry name ('/' separators, no leading slash). Writing is deterministic: fixed
    /// entry order ([Content_Types].xml, solution.xml, customizations.xml, then the rest in ordinal order),
    /// one fixed timestamp, one compression level, so the same parts give the same bytes.
    /// </summary>
    public sealed class SolutionPackage
    {
        public const string SolutionPart = "solution.xml";
        public const string CustomizationsPart = "customizations.xml";
        public const string ContentTypesPart = "[Content_Types].xml";

        /// <summary>Every entry gets this time (zip stores local DOS time; 2000-01-01 is inside its range).</summary>
        private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private readonly SortedDictionary<string, byte[]> _parts;

        public SolutionPackage(IDictionary<string, byte[]> parts)
        {
            _parts = new SortedDictionary<string, byte[]>(parts, StringComparer.Ordinal);
        }

        public IReadOnlyDictionary<string, byte[]> Parts => _parts;

        public bool Has(string part) => _parts.ContainsKey(part);

        public XDocument Xml(string part) => ParseXml(part, _parts[part]);

        public static XDocument ParseXml(string part, byte[] bytes)
        {
            try
            {
                using var stream = new MemoryStream(bytes);
                return XDocument.Load(stream, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                throw new InvalidDataException($"{part} no es XML bien formado: {e.Message}", e);
            }
        }

        /// <summary>XML as the solution zips carry it: UTF-8 without BOM, no declaration, two-space indents, CRLF.</summary>
        public static byte[] Serialize(XDocument document)
        {
            var settings = new XmlWriterSettings
            {
                OmitXmlDeclaration = true,
                Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\r\n",
            };
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings))
            {
                document.Save(writer);
            }

            return stream.ToArray();
        }

        /// <summary>[Content_Types].xml: UTF-8 with BOM and declaration, one line, as Dataverse writes it.</summary>
        public static byte[] ContentTypes(IEnumerable<string> partNames)
        {
            var hasDll = partNames.Any(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
            var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/octet-stream\" />"
                + (hasDll ? "<Default Extension=\"dll\" ContentType=\"application/octet-stream\" />" : string.Empty)
                + "</Types>";
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        }

        public byte[] ToZip()
        {
            using var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var name in EntryOrder())
                {
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTime;
                    using var entryStream = entry.Open();
                    entryStream.Write(_parts[name]);
                }
            }

            return stream.ToArray();
        }

        private IEnumerable<string> EntryOrder()
        {
            var first = new[] { ContentTypesPart, SolutionPart, CustomizationsPart }.Where(_parts.ContainsKey).ToList();
            return first.Concat(_parts.Keys.Where(k => !first.Contains(k)));
        }

        /// <summary>Reads any solution zip; backslashes in entry names become '/'.</summary>
        public static SolutionPackage FromZip(byte[] zipBytes, string displayName)
        {
            var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            try
            {
                using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
                foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
                {
                    using var entryStream = entry.Open();
                    using var copy = new MemoryStream();
                    entryStream.CopyTo(copy);
                    parts[entry.FullName.Replace('\\', '/').TrimStart('/')] = copy.ToArray();
                }
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"«{displayName}» no es un archivo zip: {e.Message}", e);
            }

            return new SolutionPackage(parts);
        }
    }
}
