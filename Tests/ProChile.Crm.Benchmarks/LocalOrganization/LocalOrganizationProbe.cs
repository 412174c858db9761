using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace ProChile.Crm.Benchmarks.LocalOrganization
{
    /// <summary>
    /// A by-hand Stopwatch harness (`--local-organization`): the bulk load the plugins author timed (1,000 companies
    /// and 3,000 actions with the action steps), then per-call averages of the hot paths on 10,000 actions. Wall
    /// clock on a shared machine: a rough reading; BenchmarkDotNet (<see cref="LocalOrganizationBenchmarks"/>) is the record.
    /// </summary>
    internal static class LocalOrganizationProbe
    {
        public static void Run(int companies, int actionsPerCompany)
        {
            var org = BenchmarkOrganization.Create(withPlugins: true);
            var service = org.Service;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var accounts = new List<Guid>();
            for (var i = 0; i < companies; i++)
            {
                accounts.Add(service.Create(BenchmarkOrganization.NewAccount(i)));
            }

            var accountsTime = clock.Elapsed;
            for (var i = 0; i < companies * actionsPerCompany; i++)
            {
                service.Create(BenchmarkOrganization.NewAction(accounts[i % companies], i));
            }

            Print($"{companies} accounts + {companies * actionsPerCompany} actions with plugins", clock.Elapsed, 1, Process.GetCurrentProcess().TotalProcessorTime - cpu);
            Print("  of which accounts (wall clock)", accountsTime, 1, null);

            const int calls = 2000;
            var target = accounts[companies / 2];
            Time("Retrieve by id", calls, i => service.Retrieve(BenchmarkOrganization.Account, accounts[i % companies], new ColumnSet("name")));
            Time("RetrieveMultiple Equal on lookup", calls, _ => service.RetrieveMultiple(BenchmarkOrganization.ActionsOf(target)));
            Time("Update account", calls, i => service.Update(new Entity(BenchmarkOrganization.Account, accounts[i % companies]) { ["numberofemployees"] = i }));
            Time("Create action (plugins, 4 calls)", calls, i => service.Create(BenchmarkOrganization.NewAction(accounts[i % companies], i)));
        }

        private static void Time(string what, int calls, Action<int> call)
        {
            for (var i = 0; i < calls / 5; i++)
            {
                call(i); // warm-up: lets tiered compilation settle before the clock starts
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                call(i);
            }

            Print(what, clock.Elapsed, calls, Process.GetCurrentProcess().TotalProcessorTime - cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"  allocated",-45} {(GC.GetAllocatedBytesForCurrentThread() - allocated) / calls / 1024.0,10:F1} KB per call"));
        }

        /// <summary>Wall clock and the process's CPU time (which leaves out waiting for a core on a loaded machine, and counts the GC's threads).</summary>
        private static void Print(string what, TimeSpan elapsed, int calls, TimeSpan? cpu) =>
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{what,-45} wall {elapsed.TotalMilliseconds / calls,10:F4} ms  cpu {(cpu == null ? "-" : (cpu.Value.TotalMilliseconds / calls).ToString("F4", CultureInfo.InvariantCulture)),10} ms{(calls > 1 ? " per call" : string.Empty)}"));
    }
}
