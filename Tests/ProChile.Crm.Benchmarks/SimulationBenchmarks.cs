using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ProChile.Crm.Simulation;
using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Running;

namespace ProChile.Crm.Benchmarks
{
    /// <summary>
    /// A simulated year (issue 6: 10,000 companies in at most 10 s on 2 cores) through the shipped plugins on the
    /// local organization. One run is seconds long, so each iteration is one cold run (no warm-up beyond the
    /// pilot), and memory is measured with the memory diagnoser. <see cref="SimulationYearRun"/> gives the same
    /// run with its time split by section, and the process's peak memory.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
    public class SimulationBenchmarks
    {
        private SolutionSchema schema = null!;

        [Params(1_000, 10_000)]
        public int Companies { get; set; }

        [GlobalSetup]
        public void LoadSchema() => schema = SolutionSchema.Load();

        [Benchmark]
        public int SimulatedYear() =>
            SimulationRunner.Run(new SimulationOptions(Companies, 2025, SimulationOptions.DefaultSeed), schema).Summary.Requests;
    }
}
