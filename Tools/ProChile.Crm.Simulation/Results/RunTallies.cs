using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// What the run observes as it happens, which the stored rows alone do not tell: demotions seen at the opt-out
    /// (C5), no-shows excused by force majeure (N1), late defences refused (N3), and any refusal the plan did not
    /// expect (counted with its message, so a plugin problem shows in the summary instead of stopping the year).
    /// </summary>
    public sealed class RunTallies
    {
        private readonly List<string> unexpectedMessages = new List<string>();

        public int OptOuts { get; set; }

        public int Demotions { get; set; }

        public int NoShows { get; set; }

        public int ExcusedByForceMajeure { get; set; }

        public int LateDefencesRefused { get; set; }

        public int UnexpectedRefusals { get; private set; }

        /// <summary>Writes refused for a missing privilege (Dataverse's 0x80040220/0x80040225): expected 0, every job being allowed.</summary>
        public int PrivilegeRefusals { get; private set; }

        /// <summary>A privilege refusal, counted apart and its message kept with the unexpected ones.</summary>
        public void Refused(string section, string message)
        {
            PrivilegeRefusals++;
            Keep(section, message);
        }

        /// <summary>The first distinct messages of unexpected refusals (at most 5), each with the event that met it.</summary>
        public IReadOnlyList<string> UnexpectedMessages => unexpectedMessages;

        public void Unexpected(string section, string message)
        {
            UnexpectedRefusals++;
            Keep(section, message);
        }

        private void Keep(string section, string message)
        {
            string line = section + ": " + message;
            if (unexpectedMessages.Count < 5 && !unexpectedMessages.Contains(line))
            {
                unexpectedMessages.Add(line);
            }
        }

        public void AddAll(RunTallies other)
        {
            OptOuts += other.OptOuts;
            Demotions += other.Demotions;
            NoShows += other.NoShows;
            ExcusedByForceMajeure += other.ExcusedByForceMajeure;
            LateDefencesRefused += other.LateDefencesRefused;
            UnexpectedRefusals += other.UnexpectedRefusals;
            PrivilegeRefusals += other.PrivilegeRefusals;
            foreach (var line in other.UnexpectedMessages.Where(l => !unexpectedMessages.Contains(l)).Take(5 - unexpectedMessages.Count))
            {
                unexpectedMessages.Add(line);
            }
        }
    }
}
