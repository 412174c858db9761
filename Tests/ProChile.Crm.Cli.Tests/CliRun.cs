using System.IO;

namespace ProChile.Crm.Cli.Tests
{
    /// <summary>One run of `prochile` in process: exit code and everything written to stdout and stderr.</summary>
    internal sealed class CliRun
    {
        private CliRun(int exitCode, string stdout, string stderr)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }

        public string Stdout { get; }

        public string Stderr { get; }

        public static CliRun Of(params string[] args)
        {
            var stdout = new StringWriter { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int exitCode = CliApp.Run(args, stdout, stderr);
            return new CliRun(exitCode, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
        }
    }
}
