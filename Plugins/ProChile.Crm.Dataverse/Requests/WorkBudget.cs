using System;
using System.Diagnostics;

namespace ProChile.Crm.Dataverse.Requests
{
    /// <summary>
    /// How much more long work (re-projecting many requests) one execution may do. Dataverse stops a plugin or a
    /// custom activity after 2 minutes, and the work must end, with what is left traced, well before that.
    /// </summary>
    public interface IWorkBudget
    {
        /// <summary>True once the execution must stop taking on more rows.</summary>
        bool IsSpent { get; }
    }

    /// <summary>Elapsed time from a monotonic source (never the wall clock, which can jump).</summary>
    public interface IElapsedTime
    {
        TimeSpan Elapsed { get; }
    }

    /// <summary>The elapsed time of a <see cref="Stopwatch"/> started when this is created: monotonic, per execution.</summary>
    public sealed class StopwatchElapsedTime : IElapsedTime
    {
        private readonly Stopwatch stopwatch = Stopwatch.StartNew();

        public TimeSpan Elapsed => stopwatch.Elapsed;
    }

    /// <summary>A budget of elapsed time, counted on a monotonic source passed in (a stopwatch; a fake in tests).</summary>
    public sealed class TimeBudget : IWorkBudget
    {
        /// <summary>
        /// What a re-projection may spend: half of Dataverse's 2-minute limit, leaving the reads before it, the
        /// writes in flight and the commit well inside the limit.
        /// </summary>
        public static readonly TimeSpan Reprojection = TimeSpan.FromSeconds(60);

        private readonly IElapsedTime elapsed;
        private readonly TimeSpan limit;

        public TimeBudget(IElapsedTime elapsed, TimeSpan limit)
        {
            this.elapsed = elapsed ?? throw new ArgumentNullException(nameof(elapsed));
            if (limit <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(limit), limit, "A budget is a positive span of time.");
            }
            this.limit = limit;
        }

        /// <summary>A <see cref="Reprojection"/> budget starting now, on a stopwatch.</summary>
        public static TimeBudget StartReprojection() => new TimeBudget(new StopwatchElapsedTime(), Reprojection);

        public bool IsSpent => elapsed.Elapsed >= limit;
    }
}
