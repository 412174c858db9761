using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Benchmarks
{
    /// <summary>
    /// D1: one business-day deadline (due, warning, skipped days) per operation, from random starts in 2000..2100,
    /// for terms of N business days, against the naive day-by-day baseline. Target: at most 100 ns per deadline,
    /// and N = 250 within 2x of N = 1.
    /// </summary>
    [MemoryDiagnoser]
    public class BusinessDayDeadlineBenchmarks
    {
        private const int StartsPerInvoke = 1024;

        private DateTime[] starts = Array.Empty<DateTime>();
        private OfficeCalendar calendar = null!;
        private DeadlineTerm term = null!;
        private NaiveBusinessDays naive = null!;
        private readonly List<CivilDate> naiveSkipped = new List<CivilDate>();

        [Params(1, 3, 5, 30, 250)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var calendars = OfficeCalendars.WithKnownHolidays();
            calendar = calendars.ForOffice(Offices.NivelCentral);
            term = DeadlineTerm.BusinessDays(N);
            naive = new NaiveBusinessDays(calendar.BusinessDays.Holidays, TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"));
            var random = new Random(20240101);
            long first = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
            long last = new DateTime(2100, 12, 31, 0, 0, 0, DateTimeKind.Utc).Ticks;
            starts = new DateTime[StartsPerInvoke];
            for (int i = 0; i < starts.Length; i++)
            {
                long ticks = first + (long)(random.NextDouble() * (last - first));
                starts[i] = new DateTime(ticks - ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
            }
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = StartsPerInvoke)]
        public long NaiveDayByDay()
        {
            long sum = 0;
            foreach (var start in starts)
            {
                sum += naive.DueUtc(start, N, naiveSkipped).Ticks + naiveSkipped.Count;
            }
            return sum;
        }

        /// <summary>Due (UTC and local) and warning; the skipped days stay an unread O(1) range of the table.</summary>
        [Benchmark(OperationsPerInvoke = StartsPerInvoke)]
        public long PrecomputedTables()
        {
            long sum = 0;
            foreach (var start in starts)
            {
                var deadline = term.DeadlineFrom("S", start, calendar);
                sum += deadline.DueUtc.Ticks + deadline.DueLocal.Ticks + deadline.WarningUtc.Ticks;
            }
            return sum;
        }

        /// <summary>The same, also reading the skipped-days list (what the baseline always builds).</summary>
        [Benchmark(OperationsPerInvoke = StartsPerInvoke)]
        public long PrecomputedTablesWithSkippedList()
        {
            long sum = 0;
            foreach (var start in starts)
            {
                var deadline = term.DeadlineFrom("S", start, calendar);
                sum += deadline.DueUtc.Ticks + deadline.DueLocal.Ticks + deadline.WarningUtc.Ticks + deadline.Skipped.Count;
            }
            return sum;
        }
    }
}
