using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ProChile.Crm.SolutionPackager;
using ProChile.Crm.SolutionPackager.Checks;
using ProChile.Crm.SolutionPackager.Packaging;
using ProChile.Crm.SolutionPackager.Source;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// `prochile solution check ZIP`: validates any solution zip the way the build does and prints what it
    /// contains. `prochile solution pack`: what the build runs to write the two zips from Solution/src.
    /// Problems exit with 2, one line each, naming the file, the component and the fix.
    /// </summary>
    internal static class SolutionCommand
    {
        public static Command Create(TextWriter stdout)
        {
            var command = new Command("solution", "La solución de Dataverse: empaquetar desde Solution/src y revisar un zip.");
            command.Subcommands.Add(Check(stdout));
            command.Subcommands.Add(Pack(stdout));
            return command;
        }

        private static Command Check(TextWriter stdout)
        {
            var zip = new Argument<FileInfo>("zip") { Description = "El zip de la solución (administrada o no administrada)." };
            var schemas = new Option<DirectoryInfo?>("--schemas") { Description = "Carpeta con los XSD de personalización 9.0 (por defecto, los que trae la herramienta)." };
            var check = new Command("check", "Revisa un zip de solución (esquema, componentes raíz, prefijos, valores de opción, pasos, columnas, aplicación y su mapa del sitio, columnas de sistema, formularios, APIs personalizadas) y muestra su contenido, incluidas la aplicación, las APIs personalizadas, las áreas de su mapa del sitio y los roles que la abren.");
            check.Arguments.Add(zip);
            check.Options.Add(schemas);
            check.SetAction(parse =>
            {
                var file = parse.GetValue(zip)!;
                if (!file.Exists)
                {
                    throw new UsageException($"solution check: no existe el archivo «{file.FullName}»; indique la ruta de un zip de solución.");
                }

                SolutionPackage package;
                try
                {
                    package = SolutionPackage.FromZip(File.ReadAllBytes(file.FullName), file.Name);
                }
                catch (InvalidDataException e)
                {
                    throw new UsageException($"solution check: {e.Message}");
                }

                var checker = new SolutionChecker(parse.GetValue(schemas)?.FullName ?? SchemaCheck.DefaultSchemaDirectory);
                var problems = checker.Check(package);
                if (problems.Count > 0)
                {
                    throw new UsageException(Lines(problems.Select(p => $"{file.Name}: {p}")) + $"{file.Name}: {problems.Count} problema(s); la solución no se importaría tal como está.");
                }

                stdout.Write(SolutionSummary.Describe(package) + $"{file.Name}: sin problemas.{Environment.NewLine}");
                return CliApp.Success;
            });
            return check;
        }

        private static Command Pack(TextWriter stdout)
        {
            var source = new Option<DirectoryInfo>("--source") { Description = "Solution/src.", Required = true };
            var assemblies = new Option<FileInfo[]>("--assembly") { Description = "Un ensamblado net462 a incluir (repetible).", AllowMultipleArgumentsPerToken = true };
            var version = new Option<string>("--version") { Description = "Versión, p. ej. 1.0.0 (VersionPrefix).", Required = true };
            var output = new Option<DirectoryInfo>("--out") { Description = "Carpeta donde escribir los zips.", Required = true };
            var schemas = new Option<DirectoryInfo?>("--schemas") { Description = "Carpeta con los XSD de personalización 9.0." };
            var pack = new Command("pack", "Empaqueta Solution/src y los ensamblados en los zips administrado y no administrado (lo ejecuta la compilación).");
            foreach (var option in new Option[] { source, assemblies, version, output, schemas })
            {
                pack.Options.Add(option);
            }

            pack.SetAction(parse =>
            {
                var files = parse.GetValue(assemblies) ?? Array.Empty<FileInfo>();
                var missing = files.FirstOrDefault(f => !f.Exists);
                if (missing != null)
                {
                    throw new UsageException($"solution pack: --assembly «{missing.FullName}» no existe; compile primero el destino net462.");
                }

                PackResult result;
                try
                {
                    var packer = new SolutionPacker(new SolutionChecker(parse.GetValue(schemas)?.FullName ?? SchemaCheck.DefaultSchemaDirectory));
                    result = packer.Pack(new PackRequest(parse.GetValue(source)!.FullName, files.Select(f => f.FullName).ToList(), parse.GetValue(version)!, parse.GetValue(output)!.FullName));
                }
                catch (Exception e) when (e is SolutionSourceException or InvalidDataException or ArgumentException)
                {
                    throw new UsageException($"{e.Message}");
                }

                if (!result.Succeeded)
                {
                    throw new UsageException(Lines(result.Problems.Select(p => p.ToString())) + $"solution pack: {result.Problems.Count} problema(s); no se escribió ningún zip.");
                }

                stdout.WriteLine($"{result.ManagedZip}");
                stdout.WriteLine($"{result.UnmanagedZip}");
                return CliApp.Success;
            });
            return pack;
        }

        private static string Lines(IEnumerable<string> lines)
        {
            var text = new StringBuilder();
            foreach (var line in lines)
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }
}
