using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Running;

namespace ProChile.Crm.Simulation.Tests
{
    /// <summary>
    /// The runs the tests share, each simulated once per test run: 80 companies in 2025 with seed 10 (every S-rule, a demotion, no-shows and late defences), in cohorts of
    /// 30 (three local organizations), and the same portfolio in one organization.
    /// </summary>
    internal static class SimulatedYear
    {
        public const int Companies = 80;
        public const int Year = 2025;
        public const int Seed = 10;

        private static readonly System.Lazy<SolutionSchema> LoadedSchema = new(SolutionSchema.Load);
        private static readonly System.Lazy<SimulationResult> InCohorts = new(() => Run(Seed, cohortSize: 30));
        private static readonly System.Lazy<SimulationResult> InOneOrganization = new(() => Run(Seed, cohortSize: Companies));

        public static SolutionSchema Schema => LoadedSchema.Value;

        public static SimulationResult EightyCompanies => InCohorts.Value;

        public static SimulationResult EightyCompaniesInOneOrganization => InOneOrganization.Value;

        public static SimulationResult Run(int seed, int cohortSize) =>
            SimulationRunner.Run(new SimulationOptions(Companies, Year, seed, cohortSize), Schema);
    }
}
