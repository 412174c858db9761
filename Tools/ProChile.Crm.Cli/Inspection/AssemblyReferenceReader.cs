using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace ProChile.Crm.Cli.Inspection
{
    /// <summary>
    /// Reads the assemblies a .NET assembly references, from its metadata (no loading, so a .NET Framework
    /// DLL reads the same on any runtime).
    /// </summary>
    internal static class AssemblyReferenceReader
    {
        /// <summary>False, with the reason in Spanish, when the file is missing or is not a .NET assembly.</summary>
        public static bool TryRead(string path, out IReadOnlyList<AssemblyReference> references, out string? problem)
        {
            references = Array.Empty<AssemblyReference>();
            if (!File.Exists(path))
            {
                problem = $"No existe el archivo «{path}». Indique la ruta de una DLL .NET, p. ej. Plugins/ProChile.Crm.Plugins/bin/Release/net462/ProChile.Crm.Plugins.dll.";
                return false;
            }
            try
            {
                using var stream = File.OpenRead(path);
                using var pe = new PEReader(stream);
                if (!pe.HasMetadata)
                {
                    problem = NotDotNet(path);
                    return false;
                }
                var metadata = pe.GetMetadataReader();
                if (!metadata.IsAssembly)
                {
                    problem = $"«{path}» es un módulo .NET sin manifiesto de ensamblado; indique la DLL del ensamblado.";
                    return false;
                }
                references = metadata.AssemblyReferences
                    .Select(handle => ToReference(metadata, metadata.GetAssemblyReference(handle)))
                    .OrderBy(reference => reference.Name, StringComparer.OrdinalIgnoreCase)
                    .ToList();
                problem = null;
                return true;
            }
            catch (BadImageFormatException)
            {
                problem = NotDotNet(path);
                return false;
            }
        }

        private static string NotDotNet(string path) => $"«{path}» no es un ensamblado .NET (no tiene metadatos); indique una DLL .NET.";

        private static AssemblyReference ToReference(MetadataReader metadata, System.Reflection.Metadata.AssemblyReference row)
        {
            var culture = row.Culture.IsNil ? string.Empty : metadata.GetString(row.Culture);
            var keyOrToken = metadata.GetBlobContent(row.PublicKeyOrToken);
            var isFullKey = (row.Flags & System.Reflection.AssemblyFlags.PublicKey) != 0;
            return new AssemblyReference(
                metadata.GetString(row.Name),
                row.Version,
                culture.Length == 0 ? "neutral" : culture,
                keyOrToken.IsEmpty ? "null" : Hex(isFullKey ? TokenOf(keyOrToken) : keyOrToken));
        }

        // ECMA-335 II.6.2.1.3: the token is the last 8 bytes of the SHA-1 of the public key, reversed.
        private static ImmutableArray<byte> TokenOf(ImmutableArray<byte> publicKey)
        {
            var hash = SHA1.HashData(publicKey.AsSpan());
            return hash.Skip(hash.Length - 8).Reverse().ToImmutableArray();
        }

        private static string Hex(ImmutableArray<byte> bytes) => Convert.ToHexString(bytes.AsSpan()).ToLowerInvariant();
    }
}
