using System;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>N3: what the company does once its behaviour note is notified.</summary>
    public enum DefenceConduct
    {
        /// <summary>Files its defence within the S8 term; the note is then upheld or withdrawn.</summary>
        FilesOnTime,
        /// <summary>Tries to file after the S8 deadline: refused (N3); the note lapses into upheld.</summary>
        FilesLate,
        /// <summary>Files nothing: at the deadline the note is upheld.</summary>
        Silent,
    }

    /// <summary>
    /// N1: the company did not attend an agenda the commercial office confirmed. With force majeure no note is
    /// left; otherwise a note is drafted, notified by certified letter (N2), and the defence goes as planned (N3).
    /// </summary>
    public sealed record NoShowPlan(
        DateTime AtUtc,
        string Agenda,
        bool ForceMajeure,
        int DaysToPostOffice,
        DefenceConduct Conduct,
        double ShareOfDefenceSpan,
        bool WithdrawnAfterDefence);
}
