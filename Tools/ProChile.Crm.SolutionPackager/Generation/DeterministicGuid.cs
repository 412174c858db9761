using System;
using System.Security.Cryptography;
using System.Text;

namespace ProChile.Crm.SolutionPackager.Generation
{
    /// <summary>
    /// Name-based GUIDs (RFC 4122 version 5, SHA-1) in the solution's own namespace: the same component name
    /// always gets the same id, so packing twice gives the same bytes and an upgrade updates the component
    /// in place instead of adding a new one. Names are "kind:identity", e.g. "step:Type|Update|account|20|0".
    /// </summary>
    public static class DeterministicGuid
    {
        /// <summary>This solution's namespace: fixed once, never to change (changing it renames every component).</summary>
        private static readonly Guid Namespace = new("5f0b2c7e-8d0a-5f7e-9b1c-50c3a1e0a7d2");

        public static Guid For(string kind, string identity)
        {
            var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
            var nameBytes = Encoding.UTF8.GetBytes(kind + ":" + identity);
            var input = new byte[namespaceBytes.Length + nameBytes.Length];
            namespaceBytes.CopyTo(input, 0);
            nameBytes.CopyTo(input, namespaceBytes.Length);
#pragma warning disable CA5350 // RFC 4122 v5 is defined on SHA-1; this is an identifier, not security.
            var hash = SHA1.HashData(input);
#pragma warning restore CA5350
            var bytes = new byte[16];
            Array.Copy(hash, bytes, 16);
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes, bigEndian: true);
        }

        /// <summary>The form Dataverse writes ids in: lower case with braces.</summary>
        public static string Braced(Guid id) => "{" + id.ToString("D") + "}";
    }
}
