using System;

namespace ProChile.Crm.Simulation.Running
{
    /// <summary>Something that happens at an instant of the simulated year, through the organization service, as a user would do it.</summary>
    internal abstract class SimulationEvent
    {
        protected SimulationEvent(DateTime atUtc)
        {
            AtUtc = atUtc;
        }

        public DateTime AtUtc { get; }

        /// <summary>The name its time is measured under (one per kind of event).</summary>
        public abstract string Section { get; }

        public abstract void Run(CohortRun run);
    }
}
