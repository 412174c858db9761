using System.Collections.Generic;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>A simulated year's input: the companies with their plans, and the help-centre questions of people without a company (S7).</summary>
    public sealed record SyntheticPortfolio(int Year, int Seed, IReadOnlyList<CompanyPlan> Companies, IReadOnlyList<RequestPlan> HelpCentreQuestions);
}
