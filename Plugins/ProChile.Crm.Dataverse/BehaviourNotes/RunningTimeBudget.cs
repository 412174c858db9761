using System;

namespace ProChile.Crm.Dataverse.BehaviourNotes
{
    /// <summary>
    /// How long a piece of bounded work may run: Dataverse stops a plugin after 2 minutes, so long work checks its
    /// budget between rows and leaves the rest for the daily sweep. The elapsed time comes from a source given to it
    /// (a Stopwatch in production, a counter in tests), never from the machine's wall clock. Per execution.
    /// </summary>
    public sealed class RunningTimeBudget
    {
        /// <summary>The default budget: well under the 2 minutes, leaving time for the last page's writes and the trace.</summary>
        public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

        private readonly TimeSpan limit;
        private readonly Func<TimeSpan> elapsed;

        public RunningTimeBudget(TimeSpan limit, Func<TimeSpan> elapsed)
        {
            if (limit <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), limit, "El presupuesto de tiempo debe ser positivo.");
            }
            this.limit = limit;
            this.elapsed = elapsed ?? throw new ArgumentNullException(nameof(elapsed));
        }

        /// <summary>A budget of <see cref="Default"/> measured by a stopwatch started now.</summary>
        public static RunningTimeBudget StartNew()
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            return new RunningTimeBudget(Default, () => stopwatch.Elapsed);
        }

        public bool IsSpent => elapsed() >= limit;
    }
}
