using System;
using System.Diagnostics;
using System.Globalization;

namespace ProChile.Crm.Benchmarks
{
    /// <summary>
    /// `-- --cpu-time`: the same operations as <see cref="BusinessDayDeadlineBenchmarks"/>, timed by the process's
    /// CPU time instead of the wall clock. On a shared machine the wall clock also counts the time the process
    /// waits for a core; CPU time does not (it still counts the GC's work). A supplement to BenchmarkDotNet, for
    /// machines too loaded for its wall-clock numbers to mean much; not a replacement.
    /// </summary>
    internal static class CpuTimeProbe
    {
        private const int Rounds = 11;
        private const int PassesPerRound = 400;

        public static void Run()
        {
            Console.WriteLine("method,N,minNsPerDeadline,medianNsPerDeadline");
            foreach (int n in new[] { 1, 3, 5, 30, 250 })
            {
                var bench = new BusinessDayDeadlineBenchmarks { N = n };
                bench.Setup();
                Report("PrecomputedTables", n, () => bench.PrecomputedTables());
                Report("PrecomputedTablesWithSkippedList", n, () => bench.PrecomputedTablesWithSkippedList());
                Report("NaiveDayByDay", n, () => bench.NaiveDayByDay(), passes: n >= 30 ? 20 : 100);
            }
        }

        private static void Report(string method, int n, Func<long> operation, int passes = PassesPerRound)
        {
            long sink = 0;
            for (int i = 0; i < passes / 4 + 1; i++)
            {
                sink += operation(); // warm-up, so the JIT has settled
            }
            var process = Process.GetCurrentProcess();
            var perDeadline = new double[Rounds];
            for (int round = 0; round < Rounds; round++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (int pass = 0; pass < passes; pass++)
                {
                    sink += operation();
                }
                process.Refresh();
                double nanoseconds = (process.TotalProcessorTime - before).Ticks * 100.0;
                perDeadline[round] = nanoseconds / (passes * (double)BusinessDayDeadlineBenchmarks.StartsPerInvoke);
            }
            Array.Sort(perDeadline);
            GC.KeepAlive(sink); // the results are used, so no pass can be optimised away
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0},{1},{2:F1},{3:F1}",
                method, n, perDeadline[0], perDeadline[Rounds / 2]));
        }
    }
}
