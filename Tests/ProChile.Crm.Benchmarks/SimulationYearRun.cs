using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Simulation;
using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Running;

namespace ProChile.Crm.Benchmarks
{
    /// <summary>
    /// `dotnet run -c Release --project Tests/ProChile.Crm.Benchmarks -- year [companies] [cohort-size]`: one
    /// measured simulated year, printed with where its time went (Stopwatch sections per kind of event, summed over
    /// the cohorts running in parallel), the bytes allocated and the process's peak working set; and the cost of
    /// tabulating the offices' calendars once (each cohort's plugin instances pay it again).
    /// </summary>
    internal static class SimulationYearRun
    {
        public static int Run(string[] args)
        {
            int companies = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            int? cohortSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null;
            var schema = SolutionSchema.Load();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var options = new SimulationOptions(companies, 2025, SimulationOptions.DefaultSeed, cohortSize);
            var result = SimulationRunner.Run(options, schema);
            var heldAtTheEnd = GC.GetGCMemoryInfo().HeapSizeBytes;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            using var process = Process.GetCurrentProcess();

            Console.WriteLine($"companies {companies}, cohort size {options.CohortSize} ({result.Cohorts} local organizations), {Environment.ProcessorCount} cores");
            Console.WriteLine($"wall time {result.WallTime.TotalSeconds:0.00} s (portfolio drawn in {result.GenerationTime.TotalMilliseconds:0} ms)");
            Console.WriteLine($"allocated {allocated / (1024.0 * 1024.0):0} MiB, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB");
            Console.WriteLine($"GC heap at the end {heldAtTheEnd / (1024.0 * 1024.0):0} MiB (the organizations are dropped by then)");
            Console.WriteLine($"garbage collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s");
            Console.WriteLine($"requests {result.Summary.Requests}, actions {result.Summary.ActionsInYear}, unexpected refusals {result.Summary.Run.UnexpectedRefusals}");
            var total = result.Timings.Sections.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
            Console.WriteLine($"| section | events | total (s, summed over cohorts) | per event (ms) | share |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var (section, elapsed, count) in result.Timings.Sections.OrderByDescending(s => s.Elapsed))
            {
                Console.WriteLine($"| {section} | {count} | {elapsed.TotalSeconds:0.00} | {elapsed.TotalMilliseconds / count:0.000} | {100 * elapsed.Ticks / (double)total.Ticks:0}% |");
            }

            var watch = Stopwatch.StartNew();
            var calendars = OfficeCalendars.WithKnownHolidays();
            foreach (var office in Offices.All.Where(o => o.Slug != Offices.NivelCentral))
            {
                calendars.ForOffice(office);
            }
            foreach (var zone in new[] { "America/New_York", "Europe/Madrid", "Asia/Shanghai", "America/Sao_Paulo", "Asia/Tokyo" })
            {
                calendars.ForTimeZone(zone);
            }
            Console.WriteLine($"tabulating the 16 regional offices' and 5 commercial offices' calendars once: {watch.Elapsed.TotalMilliseconds:0} ms");
            return 0;
        }
    }
}
