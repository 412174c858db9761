using System.CommandLine;
using System.IO;
using ProChile.Crm.Rules.Identity;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// C10: `prochile rut VALUE` prints the canonical RUT (e.g. 76086428-5), or exits 2 with the reason the
    /// value is not a valid RUT.
    /// </summary>
    internal static class RutCommand
    {
        public static Command Create(TextWriter stdout)
        {
            var value = new Argument<string>("valor")
            {
                Description = "El RUT, escrito como sea habitual: 76.086.428-5, 76086428-5, 760864285, con k minúscula...",
            };
            var command = new Command("rut", "C10: valida un RUT (dígito verificador módulo 11) y muestra su forma canónica (76086428-5).");
            command.Arguments.Add(value);
            command.SetAction(parse =>
            {
                if (!Rut.TryParse(parse.GetValue(value), out var rut, out var problem))
                {
                    throw new UsageException(problem!);
                }
                stdout.WriteLine(rut!.ToString());
                return CliApp.Success;
            });
            return command;
        }
    }
}
