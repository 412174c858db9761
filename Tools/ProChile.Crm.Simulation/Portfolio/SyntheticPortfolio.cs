using System;
using System.Collections.Generic;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>
    /// A simulation's input: the companies with their plans (the first year's, then <see cref="CompanyPlan.LaterYears"/>),
    /// and the help-centre questions of people without a company (S7), the first year's and <see cref="LaterYears"/>'.
    /// </summary>
    public sealed record SyntheticPortfolio(int Year, int Seed, IReadOnlyList<CompanyPlan> Companies, IReadOnlyList<RequestPlan> HelpCentreQuestions)
    {
        /// <summary>The years after the first, in order (empty for a one-year run).</summary>
        public IReadOnlyList<PortfolioYear> LaterYears { get; init; } = Array.Empty<PortfolioYear>();

        public int EndYear => Year + LaterYears.Count;

        /// <summary>The help-centre questions of <paramref name="year"/>.</summary>
        public IReadOnlyList<RequestPlan> HelpCentreQuestionsIn(int year) => year == Year ? HelpCentreQuestions : LaterYears[year - Year - 1].HelpCentreQuestions;
    }

    /// <summary>A later year of a longer run: the help-centre questions asked in it (the companies' plans are on each company).</summary>
    public sealed record PortfolioYear(int Year, IReadOnlyList<RequestPlan> HelpCentreQuestions);
}
