extern alias shipped;

using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Simulation.Portfolio;
using ProChile.Crm.Simulation.Results;
using ProChile.Crm.Simulation.Running;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Tests.Running
{
    /// <summary>`--years`: the same organization lives through consecutive years, so what one year leaves the next one finds.</summary>
    [TestClass]
    public sealed class SimulatedYearsTests
    {
        private const int Companies = 40;
        private const int Seed = 10;

        private static readonly Lazy<SimulationResult> ThreeYears = new(() =>
            SimulationRunner.Run(new SimulationOptions(Companies, 2025, Seed, cohortSize: 15, lastYear: 2027), SimulatedYear.Schema));

        [TestMethod]
        public void ThreeYearsOfFortyCompaniesSummarizeEachYearAndTheChangeExactly()
        {
            var rows = YearOverYear.Rows(ThreeYears.Value.Years).Select(r => $"{r.Label.Trim()} {string.Join("/", r.Values)}").ToArray();

            CollectionAssert.AreEqual(new[] { 2025, 2026, 2027 }, ThreeYears.Value.Years.Select(y => y.Year).ToArray());
            CollectionAssert.AreEqual(new[]
            {
                "Empresas en CARTERA (C3) 27/27/27",
                "Categoría 1 Exporta Más (C4) 3/3/3",
                "Categoría 2 Trabajo Habitual (C4) 9/14/17",
                "Categoría 3 Trabajo Esporádico (C4) 15/10/7",
                "Bajas de 2 a 3 (C5) 0/1/1",
                "Acciones del año (C6) 38/44/48",
                "Empresas usuarias del año (C6) 15/18/22",
                "Antiguas usuarias (C7) 1/1/3",
                "Plazos (S1-S14) 67/82/75",
                "cumplidos 53/67/58",
                "incumplidos 14/12/15",
                "Solicitudes S5 (antigua usuaria) 1/1/1",
                "Notas de comportamiento del año (N1) 2/1/2",
                "Empresas con nota vigente (N4) 2/3/4",
                "Rechazos no previstos 0/0/0",
                "Rechazos por falta de privilegio 0/0/0",
            }, rows);
        }

        [TestMethod]
        public void TheFirstYearOfALongerRunIsThatYearAlone()
        {
            var alone = SimulationRunner.Run(new SimulationOptions(Companies, 2025, Seed, cohortSize: 40), SimulatedYear.Schema);

            Assert.AreEqual(SummaryText.Render(alone.Summary), SummaryText.Render(ThreeYears.Value.Years[0]));
        }

        [TestMethod]
        public void TheSameSeedGivesTheSameYearsWhateverTheCohortSize()
        {
            var inOne = SimulationRunner.Run(new SimulationOptions(Companies, 2025, Seed, cohortSize: Companies, lastYear: 2027), SimulatedYear.Schema);

            Assert.AreEqual(SummaryText.Render(ThreeYears.Value.Years), SummaryText.Render(inOne.Years));
        }

        [TestMethod]
        public void C7_S5_CompaniesLastActiveThreeYearsBeforeAreFormerUsersAndTheirFormOwesS5InTheLastYear()
        {
            // Four exporters whose last qualifying action was on 10-01-2025 and who do nothing in 2026 and 2027: their
            // form in June 2026 finds a recent user (S1); the one in June 2028 finds a former user (C7: 3 years by 10-01-2028), so S5.
            var generated = PortfolioGenerator.Generate(new SimulationOptions(60, 2026, Seed, lastYear: 2028));
            var dormant = generated.Companies
                .Where(c => !c.IsForeign && c.Completeness == RecordCompleteness.Complete && c.Exporter && !c.ExportaMas)
                .Take(4)
                .Select(c => c with
                {
                    HistoryActionDates = new[] { new DateTime(2025, 1, 10) },
                    Actions = Array.Empty<ActionPlan>(),
                    OptOutAtUtc = null,
                    ManualCategory = null,
                    NoShow = null,
                    Requests = new[] { Form(c, 2026) },
                    LaterYears = new[] { Quiet(2027), Quiet(2028) with { Requests = new[] { Form(c, 2028) } } },
                })
                .ToList();
            var portfolio = new SyntheticPortfolio(2026, Seed, dormant, Array.Empty<RequestPlan>())
            {
                LaterYears = new[] { new PortfolioYear(2027, Array.Empty<RequestPlan>()), new PortfolioYear(2028, Array.Empty<RequestPlan>()) },
            };

            var years = SimulationRunner.Run(portfolio, cohortSize: 4, SimulatedYear.Schema).Years;

            Assert.AreEqual(4, dormant.Count);
            CollectionAssert.AreEqual(new[] { 0, 0, 4 }, years.Select(y => y.FormerUsers).ToArray());
            CollectionAssert.AreEqual(new[] { 4, 0, 0 }, years.Select(y => Requests(y, "S1")).ToArray());
            CollectionAssert.AreEqual(new[] { 0, 0, 4 }, years.Select(y => Requests(y, "S5")).ToArray());
            CollectionAssert.AreEqual(new[] { 0, 0, 0 }, years.Select(y => y.UsersOfTheYear).ToArray());
            Assert.AreEqual(0, years.Sum(y => y.Run.UnexpectedRefusals), string.Join("\n", years.SelectMany(y => y.Run.UnexpectedMessages)));
        }

        private static CompanyYearPlan Quiet(int year) =>
            new CompanyYearPlan(year, Array.Empty<ActionPlan>(), null, null, Array.Empty<RequestPlan>(), null);

        private static RequestPlan Form(CompanyPlan company, int year) => new RequestPlan(
            RequestOpening.CharacterisationForm, new DateTime(year, 6, 2, 15, 0, 0, DateTimeKind.Utc), Choices.Channel.CharacterisationForm,
            null, company.Region, null, null, new AnswerPlan(AnswerTiming.OnTime, 0.5), new AnswerPlan(AnswerTiming.OnTime, 0.5));

        private static int Requests(SimulationSummary year, string rule) => year.ByRule().Where(r => r.Rule == rule).Sum(r => r.Requests);
    }
}
