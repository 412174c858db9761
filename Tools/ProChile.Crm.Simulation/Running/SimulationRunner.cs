using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Portfolio;
using ProChile.Crm.Simulation.Results;
using ProChile.Crm.Simulation.Running.Events;

namespace ProChile.Crm.Simulation.Running
{
    /// <summary>
    /// Runs a synthetic year: draws the portfolio from the seed, splits the companies into cohorts of
    /// <see cref="SimulationOptions.CohortSize"/>, lives each cohort's year on its own local organization (cohorts in
    /// parallel, one per core), and adds up what each left. Why cohorts: the local organization answers a query by
    /// scanning the table, where Dataverse uses an index; companies never touch each other's rows, so splitting them
    /// keeps every query as cheap as an indexed one without changing a single count. The summary is the same for
    /// any cohort size and any number of cores.
    /// </summary>
    public static class SimulationRunner
    {
        /// <summary>
        /// Runs the year. <paramref name="companyDaysDone"/> hears, from the cohorts' threads, how many company-days have
        /// been lived since its last report (a cohort of 250 companies passing a day reports 250); the whole run is
        /// <see cref="CompanyDays"/> of them.
        /// </summary>
        public static SimulationResult Run(SimulationOptions options, SolutionSchema schema, IProgress<int>? companyDaysDone = null)
        {
            var total = Stopwatch.StartNew();
            var portfolio = PortfolioGenerator.Generate(options);
            var generated = total.Elapsed;
            var cohorts = Cohorts(portfolio, options.CohortSize);
            var builders = new SummaryBuilder[cohorts.Count];
            var timings = new SectionTimings[cohorts.Count];
            Parallel.For(0, cohorts.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
            {
                var (companies, questions) = cohorts[index];
                var run = new CohortRun(schema, options.Year);
                foreach (var company in companies)
                {
                    run.Schedule(new RegisterCompany(company));
                }
                foreach (var question in questions)
                {
                    run.Schedule(OpenRequest.For(question, accountId: null));
                }
                run.RunYear(days => companyDaysDone?.Report(days * companies.Count));
                var builder = new SummaryBuilder(schema, options.Year);
                builder.Add(run.Organization, run.YearEndUtc, run.Tallies);
                builders[index] = builder;
                timings[index] = run.Timings;
            });

            var summary = new SummaryBuilder(schema, options.Year);
            var sections = new SectionTimings();
            for (int i = 0; i < cohorts.Count; i++)
            {
                summary.AddAll(builders[i]);
                sections.AddAll(timings[i]);
            }
            return new SimulationResult(summary.Build(options.Companies, options.Seed), sections, generated, total.Elapsed, cohorts.Count);
        }

        /// <summary>The progress a whole run reports: every company lives every day of the year.</summary>
        public static long CompanyDays(SimulationOptions options) => (long)options.Companies * CohortRun.DaysIn(options.Year);

        // Companies in index order, cut every cohortSize; help-centre questions dealt round the cohorts.
        private static List<(List<CompanyPlan> Companies, List<RequestPlan> Questions)> Cohorts(SyntheticPortfolio portfolio, int cohortSize)
        {
            var cohorts = portfolio.Companies
                .Select((company, i) => (company, i))
                .GroupBy(c => c.i / cohortSize)
                .Select(g => (Companies: g.Select(c => c.company).ToList(), Questions: new List<RequestPlan>()))
                .ToList();
            for (int i = 0; i < portfolio.HelpCentreQuestions.Count; i++)
            {
                cohorts[i % cohorts.Count].Questions.Add(portfolio.HelpCentreQuestions[i]);
            }
            return cohorts;
        }
    }

    /// <summary>A run's summary, where its time went, and how long it took in all.</summary>
    public sealed record SimulationResult(SimulationSummary Summary, SectionTimings Timings, TimeSpan GenerationTime, TimeSpan WallTime, int Cohorts);
}
