using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;
using System.Text;
using System.Threading;
using ProChile.Crm.Simulation;
using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Report;
using ProChile.Crm.Simulation.Results;
using ProChile.Crm.Simulation.Running;
using Spectre.Console;

namespace ProChile.Crm.Cli
{
    /// <summary>
    /// `prochile simulate [--companies N] [--year YYYY | --years YYYY-YYYY] [--seed S] [--out DIR] [--cohort-size K]`:
    /// a synthetic portfolio lives a year (or consecutive years, on the same organization) through the shipped plugins
    /// on the local organization (C1-C10, S1-S14, F1-F2, N1-N4); prints the summary of each year and the change
    /// between them, and writes an HTML report with charts to DIR. Same seed, same numbers.
    /// The progress bar goes to the terminal's stderr, only when it is a terminal; stdout gets the summary whole.
    /// </summary>
    internal static class SimulateCommand
    {
        public static Command Create(TextWriter stdout)
        {
            var companies = new Option<int>("--companies") { Description = $"Empresas sintéticas ({SimulationOptions.MinCompanies}..{SimulationOptions.MaxCompanies}).", DefaultValueFactory = _ => SimulationOptions.DefaultCompanies };
            var year = new Option<int>("--year") { Description = $"Año calendario simulado ({SimulationOptions.FirstYear}..{SimulationOptions.LastYear}); por omisión, el último año completo.", DefaultValueFactory = _ => DateTime.UtcNow.Year - 1 };
            var years = new Option<string?>("--years") { Description = $"Años consecutivos simulados en la misma organización, p. ej. 2026-2028 (hasta {SimulationOptions.MaxYears}); sustituye a --year." };
            var seed = new Option<int>("--seed") { Description = "Semilla de los datos sintéticos.", DefaultValueFactory = _ => SimulationOptions.DefaultSeed };
            var output = new Option<string>("--out") { Description = "Carpeta del informe HTML (se crea si no existe).", DefaultValueFactory = _ => "simulacion" };
            var cohortSize = new Option<int?>("--cohort-size") { Description = "Empresas por organización local (rendimiento; no cambia los resultados). Por omisión, las empresas repartidas entre los núcleos." };
            var command = new Command("simulate", "Simula un año de cartera con los plugins reales en la organización local; resumen e informe HTML.")
            {
                companies, year, years, seed, output, cohortSize,
            };
            command.SetAction(parse =>
            {
                var options = Options(parse.GetValue(companies), parse.GetValue(year), parse.GetValue(years), parse.GetValue(seed), parse.GetValue(cohortSize));
                var directory = Directory(parse.GetValue(output)!);
                // A batch run: collections that stop the cohorts briefly cost less in all, and hold less memory,
                // than background collections racing the cohorts for the same cores.
                GCSettings.LatencyMode = GCLatencyMode.Batch;
                var result = WithProgress(options);
                var reportPath = HtmlReport.Write(result.Years, directory);
                stdout.Write(Render(result, reportPath));
                return CliApp.Success;
            });
            return command;
        }

        internal static SimulationOptions Options(int companies, int year, string? years, int seed, int? cohortSize)
        {
            try
            {
                var (first, last) = years is null ? (year, year) : SimulationOptions.ParseYears(years);
                return new SimulationOptions(companies, first, seed, cohortSize, last);
            }
            catch (SimulationInputException e)
            {
                throw new UsageException(e.Message);
            }
        }

        internal static string Directory(string path)
        {
            try
            {
                return SimulationOptions.RequireWritableDirectory(path);
            }
            catch (SimulationInputException e)
            {
                throw new UsageException(e.Message);
            }
        }

        internal static string Render(SimulationResult result, string reportPath)
        {
            var text = new StringBuilder(SummaryText.Render(result.Years));
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Informe: {reportPath}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Tiempo: {result.WallTime.TotalSeconds:0.0} s ({result.Cohorts} organizaciones locales, {Environment.ProcessorCount} núcleos)");
            return text.ToString();
        }

        private static SimulationResult WithProgress(SimulationOptions options)
        {
            var schema = SolutionSchema.Load();
            if (Console.IsErrorRedirected)
            {
                return SimulationRunner.Run(options, schema);
            }
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            SimulationResult? result = null;
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask(ProgressLine.Of(options, 0, TimeSpan.Zero), maxValue: SimulationRunner.CompanyDays(options));
                    result = SimulationRunner.Run(options, schema, new CompanyDaysDone(task, options));
                });
            return result!;
        }

        // Reports arrive from the cohorts' threads; the task's value is only ever added to, under a lock.
        private sealed class CompanyDaysDone : IProgress<int>
        {
            private readonly ProgressTask task;
            private readonly SimulationOptions options;
            private readonly Stopwatch watch = Stopwatch.StartNew();
            private readonly Lock gate = new Lock();
            private long done;

            public CompanyDaysDone(ProgressTask task, SimulationOptions options)
            {
                this.task = task;
                this.options = options;
            }

            public void Report(int value)
            {
                lock (gate)
                {
                    done += value;
                    task.Increment(value);
                    task.Description = ProgressLine.Of(options, done, watch.Elapsed);
                }
            }
        }
    }

    /// <summary>
    /// The progress bar's line: the year being lived, how many companies have lived it through, and the rate in
    /// companies (company-years) per second. Cohorts live their years in step, so the run's company-days say which year it is in.
    /// </summary>
    internal static class ProgressLine
    {
        public static string Of(SimulationOptions options, long companyDaysDone, TimeSpan elapsed)
        {
            long before = 0;
            int year = options.Year;
            for (; year < options.EndYear; year++)
            {
                long inYear = (long)options.Companies * DaysIn(year);
                if (companyDaysDone < before + inYear)
                {
                    break;
                }
                before += inYear;
            }
            int companies = (int)Math.Min(options.Companies, (companyDaysDone - before) / DaysIn(year));
            double companyYears = (double)(year - options.Year) * options.Companies + (companyDaysDone - before) / (double)DaysIn(year);
            string rate = elapsed.TotalSeconds < 0.5 ? "-" : SpanishNumbers.Count((int)Math.Round(companyYears / elapsed.TotalSeconds));
            string years = options.YearCount == 1 ? string.Empty : $" ({year - options.Year + 1} de {options.YearCount})";
            return $"Año {year}{years} · {SpanishNumbers.Count(companies)} de {SpanishNumbers.Count(options.Companies)} empresas · {rate} empresas/s";
        }

        private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
    }
}
