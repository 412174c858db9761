using System;
using ProChile.Crm.Simulation;
using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Running;

namespace ProChile.Crm.Simulation.Tests
{
    [TestClass]
    public sealed class SmokeTests
    {
        [TestMethod]
        public void Smoke()
        {
            var result = SimulationRunner.Run(new SimulationOptions(200, 2025, 7), SolutionSchema.Load());
            var s = result.Summary;
            Console.WriteLine($"wall {result.WallTime} gen {result.GenerationTime}");
            foreach (var x in s.Segments) Console.WriteLine($"seg {x.Label} {x.Count}");
            foreach (var x in s.Categories) Console.WriteLine($"cat {x.Label} {x.Count}");
            Console.WriteLine($"actions {s.ActionsInYear} users {s.UsersOfTheYear} former {s.FormerUsers} hist {s.CategoryChangesRecorded} tasks {s.FollowUpTasks} emails {s.FollowUpEmails} nodeadline {s.RequestsWithoutDeadline}");
            foreach (var x in s.ByRule()) Console.WriteLine($"rule {x.Rule} met {x.Met} breached {x.Breached} open {x.Open}");
            foreach (var x in s.NotesByStatus) Console.WriteLine($"note {x.Label} {x.Count}");
            Console.WriteLine($"optouts {s.Run.OptOuts} demotions {s.Run.Demotions} noshows {s.Run.NoShows} excused {s.Run.ExcusedByForceMajeure} late {s.Run.LateDefencesRefused} inforce {s.AccountsWithNoteInForce} unexpected {s.Run.UnexpectedRefusals}");
            foreach (var m in s.Run.UnexpectedMessages) Console.WriteLine("  " + m);
            foreach (var (sec, el, n) in result.Timings.Sections) Console.WriteLine($"t {sec} {el.TotalMilliseconds:F0} ms / {n}");
        }
    }
}
