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
    /// Runs a synthetic year, or consecutive years: draws the portfolio from the seed, splits the companies into
    /// cohorts of <see cref="SimulationOptions.CohortSize"/>, lives each cohort's years on its own local organization
    /// (cohorts in parallel, one per core; the same organization from one year to the next), counts each year at its
    /// end, and adds up what each cohort left. Why cohorts: companies never touch each other's rows, so splitting
    /// them keeps every organization small without changing a single count. The summaries are the same for any
    /// cohort size and any number of cores.
    /// </summary>
    public static class SimulationRunner
    {
        /// <summary>
        /// Runs the years. <paramref name="companyDaysDone"/> hears, from the cohorts' threads, how many company-days have
        /// been lived since its last report (a cohort of 250 companies passing a day reports 250); the whole run is
        /// <see cref="CompanyDays"/> of them.
        /// </summary>
        public static SimulationResult Run(SimulationOptions options, SolutionSchema schema, IProgress<int>? companyDaysDone = null)
        {
            var total = Stopwatch.StartNew();
            var portfolio = PortfolioGenerator.Generate(options);
            return Run(portfolio, options.CohortSize, schema, total, companyDaysDone);
        }

        /// <summary>Runs a portfolio drawn (or put together) beforehand, every year it plans, in cohorts of <paramref name="cohortSize"/>.</summary>
        public static SimulationResult Run(SyntheticPortfolio portfolio, int cohortSize, SolutionSchema schema, IProgress<int>? companyDaysDone = null) =>
            Run(portfolio, cohortSize, schema, Stopwatch.StartNew(), companyDaysDone);

        private static SimulationResult Run(SyntheticPortfolio portfolio, int cohortSize, SolutionSchema schema, Stopwatch total, IProgress<int>? companyDaysDone)
        {
            var generated = total.Elapsed;
            int years = portfolio.EndYear - portfolio.Year + 1;
            var cohorts = Cohorts(portfolio, cohortSize);
            var builders = new SummaryBuilder[cohorts.Count, years];
            var timings = new SectionTimings[cohorts.Count];
            Parallel.For(0, cohorts.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
            {
                var companies = cohorts[index];
                var run = new CohortRun(schema, portfolio.Year, portfolio.EndYear);
                for (int y = 0; y < years; y++)
                {
                    int year = portfolio.Year + y;
                    Schedule(run, portfolio, companies, index, cohorts.Count, year);
                    run.RunYear(year, days => companyDaysDone?.Report(days * companies.Count));
                    var builder = new SummaryBuilder(schema, year);
                    builder.Add(run.Organization, y == 0 ? null : CohortRun.YearEndUtc(year - 1), CohortRun.YearEndUtc(year), run.Tallies);
                    builders[index, y] = builder;
                }
                timings[index] = run.Timings;
            });

            var summaries = new List<SimulationSummary>();
            for (int y = 0; y < years; y++)
            {
                var summary = new SummaryBuilder(schema, portfolio.Year + y);
                for (int i = 0; i < cohorts.Count; i++)
                {
                    summary.AddAll(builders[i, y]);
                }
                summaries.Add(summary.Build(portfolio.Companies.Count, portfolio.Seed));
            }
            var sections = new SectionTimings();
            foreach (var timing in timings)
            {
                sections.AddAll(timing);
            }
            return new SimulationResult(summaries, sections, generated, total.Elapsed, cohorts.Count);
        }

        /// <summary>The progress a whole run reports: every company lives every day of every year.</summary>
        public static long CompanyDays(SimulationOptions options) =>
            (long)options.Companies * Enumerable.Range(options.Year, options.YearCount).Sum(CohortRun.DaysIn);

        // The first year registers the companies (which schedule their year); a later year schedules each registered
        // company's plan on its account. Help-centre questions are dealt round the cohorts.
        // The daily sweep (D6) starts on the first day and reschedules itself.
        internal static void Schedule(CohortRun run, SyntheticPortfolio portfolio, IReadOnlyList<CompanyPlan> companies, int cohort, int cohortCount, int year)
        {
            if (year == portfolio.Year)
            {
                run.Schedule(SweepDeadlines.From(CohortRun.YearStartUtc(year)));
            }
            foreach (var company in companies)
            {
                if (year == portfolio.Year)
                {
                    run.Schedule(new RegisterCompany(company));
                }
                else if (run.AccountOf(company.Index) is Guid accountId)
                {
                    RegisterCompany.ScheduleYear(run, accountId, company, company.In(year));
                }
            }
            var questions = portfolio.HelpCentreQuestionsIn(year);
            for (int i = cohort; i < questions.Count; i += cohortCount)
            {
                run.Schedule(OpenRequest.For(questions[i], accountId: null));
            }
        }

        // Companies in index order, cut every cohortSize.
        private static List<List<CompanyPlan>> Cohorts(SyntheticPortfolio portfolio, int cohortSize) => portfolio.Companies
            .Select((company, i) => (company, i))
            .GroupBy(c => c.i / cohortSize)
            .Select(g => g.Select(c => c.company).ToList())
            .ToList();
    }

    /// <summary>
    /// A run's summaries, one per simulated year in order (<see cref="Summary"/> is the last year's, the only one of a
    /// one-year run), where its time went, and how long it took in all.
    /// </summary>
    public sealed record SimulationResult(IReadOnlyList<SimulationSummary> Years, SectionTimings Timings, TimeSpan GenerationTime, TimeSpan WallTime, int Cohorts)
    {
        public SimulationSummary Summary => Years[^1];
    }
}
