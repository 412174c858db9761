using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ProChile.Crm.Cli.Inspection;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// `prochile references DLL` prints, one a line and sorted by name, every assembly the DLL references, as the runtime binds
    /// it (name, version, culture, public key token): the way to check that a shipped net462 assembly binds to
    /// Microsoft.Xrm.Sdk 9.0.0.0 with token 31bf3856ad364e35 and to nothing outside the .NET Framework.
    /// </summary>
    internal static class ReferencesCommand
    {
        public static Command Create(TextWriter stdout)
        {
            var dll = new Argument<string>("dll")
            {
                Description = "La DLL .NET a inspeccionar, p. ej. Plugins/ProChile.Crm.Plugins/bin/Release/net462/ProChile.Crm.Plugins.dll.",
            };
            var command = new Command("references", "Muestra los ensamblados que referencia una DLL .NET (nombre, versión, cultura y token de clave pública).");
            command.Arguments.Add(dll);
            command.SetAction(parse =>
            {
                if (!AssemblyReferenceReader.TryRead(parse.GetValue(dll)!, out var references, out var problem))
                {
                    throw new UsageException(problem!);
                }
                var output = string.Concat(references.Select(reference => reference + Environment.NewLine));
                stdout.Write(output);
                return CliApp.Success;
            });
            return command;
        }
    }
}
