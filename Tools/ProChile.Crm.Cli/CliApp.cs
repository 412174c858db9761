using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// Builds the `prochile` command tree and runs it. Each command lives in its own file under
    /// Commands/ and is added in <see cref="BuildRoot"/>. Exit codes: 0 success, 2 bad input
    /// (one line on stderr naming the value and what is accepted), 1 anything else.
    /// </summary>
    internal static class CliApp
    {
        public const int Success = 0;
        public const int Failure = 1;
        public const int BadInput = 2;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = BuildRoot(stdout);
            // The default handler would print a UsageException's stack trace and exit 1; ours prints one line and exits 2.
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                stderr.WriteLine(parse.Errors[0].Message);
                return BadInput;
            }
            try
            {
                return parse.Invoke(config);
            }
            catch (UsageException e)
            {
                // Nothing is half-printed: commands build their whole output before writing it.
                stderr.WriteLine(e.Message);
                return BadInput;
            }
        }

        internal static RootCommand BuildRoot(TextWriter stdout)
        {
            var root = new RootCommand("ProChile.Crm: las reglas del Protocolo de Atención de Usuarios 2024, en la línea de comandos.");
            foreach (var command in Commands.All(stdout))
            {
                root.Subcommands.Add(command);
            }
            return root;
        }
    }

    /// <summary>Bad input from the user: the message names the value and what is accepted.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message) { }
    }
}
