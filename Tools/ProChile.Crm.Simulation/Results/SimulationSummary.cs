using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// What a simulated year left in the organization, counted from the stored rows (plus what only the run could
    /// see, <see cref="RunTallies"/>). Every list is in the choices' own order, zeros included, so two summaries
    /// compare line by line.
    /// </summary>
    public sealed class SimulationSummary
    {
        public int Year { get; init; }

        public int Seed { get; init; }

        public int Companies { get; init; }

        /// <summary>C3: accounts per segment.</summary>
        public IReadOnlyList<LabelledCount> Segments { get; init; } = new List<LabelledCount>();

        /// <summary>C4: portfolio accounts per category.</summary>
        public IReadOnlyList<LabelledCount> Categories { get; init; } = new List<LabelledCount>();

        /// <summary>C6: actions registered with a date in the year.</summary>
        public int ActionsInYear { get; init; }

        /// <summary>C6: companies that were users in the year.</summary>
        public int UsersOfTheYear { get; init; }

        /// <summary>C7: companies whose last year as a user is 3 or more years back.</summary>
        public int FormerUsers { get; init; }

        /// <summary>C4/C5: rows of the category history (every change, with its reason).</summary>
        public int CategoryChangesRecorded { get; init; }

        /// <summary>F1: follow-up tasks for the executive (category 1).</summary>
        public int FollowUpTasks { get; init; }

        /// <summary>F2: automated follow-up emails (categories 2 and 3).</summary>
        public int FollowUpEmails { get; init; }

        /// <summary>D6 (and N3/S8): alert tasks for owners and executives.</summary>
        public int AlertTasks { get; init; }

        /// <summary>D6, R1: draft breach emails to the regional mailboxes.</summary>
        public int AlertEmails { get; init; }

        /// <summary>S2: contacts (S1, S3, S5) answered, the S2 requests the chain plugin opened, and chains met end to end.</summary>
        public ChainTally ContactChains { get; init; } = new ChainTally();

        /// <summary>S11/S12: demands (S9, S10) answered, the follow-ups the chain plugin opened, and chains met end to end.</summary>
        public ChainTally DemandChains { get; init; } = new ChainTally();

        /// <summary>S4: guidance emails the plugin recorded.</summary>
        public int GuidanceEmails { get; init; }

        /// <summary>R1: registration problems reported to the registration mailbox.</summary>
        public int RegistrationReports { get; init; }

        /// <summary>R1: companies with no region at the year's end (each reported once to the registration mailbox).</summary>
        public int CompaniesWithoutRegion { get; init; }

        /// <summary>F3: quarter-review tasks of the commercial executives.</summary>
        public int QuarterReviewTasks { get; init; }

        /// <summary>S1-S14: per office and rule, met, breached and open at the year's end.</summary>
        public IReadOnlyList<DeadlineTally> Deadlines { get; init; } = new List<DeadlineTally>();

        /// <summary>C8: form requests from non-exporters, with no deadline until the self-diagnosis test is taken.</summary>
        public int RequestsWithoutDeadline { get; init; }

        /// <summary>N3: behaviour notes per status at the year's end.</summary>
        public IReadOnlyList<LabelledCount> NotesByStatus { get; init; } = new List<LabelledCount>();

        /// <summary>N4: companies with a behaviour note in force at the year's end.</summary>
        public int AccountsWithNoteInForce { get; init; }

        public RunTallies Run { get; init; } = new RunTallies();

        public int Requests => Deadlines.Sum(d => d.Requests);

        public int Met => Deadlines.Sum(d => d.Met);

        public int Breached => Deadlines.Sum(d => d.Breached);

        public int Open => Deadlines.Sum(d => d.Open);

        public int NotesLeft => NotesByStatus.Sum(n => n.Count);

        /// <summary>Per rule, summed over offices, in rule order.</summary>
        public IReadOnlyList<DeadlineTally> ByRule() => Deadlines
            .GroupBy(d => (d.RuleOrder, d.Rule))
            .OrderBy(g => g.Key.RuleOrder)
            .Select(g => DeadlineTally.Sum(string.Empty, 0, g.Key.Rule, g.Key.RuleOrder, g))
            .ToList();

        /// <summary>Per office, summed over rules, in office order.</summary>
        public IReadOnlyList<DeadlineTally> ByOffice() => Deadlines
            .GroupBy(d => (d.OfficeOrder, d.Office))
            .OrderBy(g => g.Key.OfficeOrder).ThenBy(g => g.Key.Office, System.StringComparer.Ordinal)
            .Select(g => DeadlineTally.Sum(g.Key.Office, g.Key.OfficeOrder, string.Empty, 0, g))
            .ToList();
    }

    public sealed record LabelledCount(string Label, int Count);
}
