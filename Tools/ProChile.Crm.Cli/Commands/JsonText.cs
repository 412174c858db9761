using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProChile.Crm.Cli
{
    /// <summary>Writes JSON into a string (indented, Spanish letters kept as they are), so a command prints it whole.</summary>
    internal static class JsonText
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static string Write(Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }
            return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
        }
    }
}
