using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace ProChile.Crm.Benchmarks
{
    internal static class Program
    {
        /// <summary>
        /// A short job (1 launch, 3 warm-ups, 10 iterations) so the run ends in minutes on 2 cores; `--cpu-time`
        /// runs <see cref="CpuTimeProbe"/> instead; `--local-organization` runs the Stopwatch harness
        /// <see cref="LocalOrganization.LocalOrganizationProbe"/>; `year [companies] [cohort-size]` one measured
        /// simulated year (<see cref="SimulationYearRun"/>).
        /// </summary>
        private static int Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--cpu-time")
            {
                CpuTimeProbe.Run();
                return 0;
            }

            if (args.Length == 1 && args[0] == "--local-organization")
            {
                LocalOrganization.LocalOrganizationProbe.Run(companies: 1000, actionsPerCompany: 3);
                return 0;
            }
            if (args.Length > 0 && args[0] == "year")
            {
                return SimulationYearRun.Run(args);
            }
            // SimulationBenchmarks declares its own one-run-per-iteration job; the short job would repeat a run of seconds 13 times.
            bool simulation = args.Any(a => a.Contains("Simulation", StringComparison.Ordinal));
            var config = (simulation ? DefaultConfig.Instance : DefaultConfig.Instance.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)))
                .AddColumn(StatisticColumn.Median, StatisticColumn.P95);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return 0;
        }
    }
}
