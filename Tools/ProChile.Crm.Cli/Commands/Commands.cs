using System.Collections.Generic;
using System.CommandLine;
using System.IO;

namespace ProChile.Crm.Cli
{
    /// <summary>The list of `prochile` commands. One line per command; each lives in its own file.</summary>
    internal static class Commands
    {
        public static IEnumerable<Command> All(TextWriter stdout)
        {
            yield return HolidaysCommand.Create(stdout);
            yield return SlaCommand.Create(stdout);
            yield return RutCommand.Create(stdout);
            yield return SettingsCommand.Create(stdout);
            yield return ReferencesCommand.Create(stdout);
            yield return SolutionCommand.Create(stdout);
            yield return SimulateCommand.Create(stdout);
        }
    }
}
