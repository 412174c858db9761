extern alias shipped;

using System.Linq;
using ProChile.Crm.Simulation.Portfolio;
using Rut = shipped::ProChile.Crm.Rules.Identity.Rut;

namespace ProChile.Crm.Simulation.Tests.Portfolio
{
    [TestClass]
    public sealed class PortfolioGeneratorTests
    {
        private static SyntheticPortfolio Generate(int seed) => PortfolioGenerator.Generate(new SimulationOptions(300, 2025, seed));

        [TestMethod]
        public void C10_EveryChileanCompanysRutHasAValidCheckDigit()
        {
            var ruts = Generate(3).Companies.Where(c => !c.IsForeign).Select(c => c.Rut!).ToList();

            Assert.IsTrue(ruts.Count > 200);
            foreach (var rut in ruts)
            {
                Assert.IsTrue(Rut.TryParse(rut, out _, out var problem), rut + ": " + problem);
            }
        }

        [TestMethod]
        public void C9_ForeignCompaniesHaveNoRutAndAskOnlyThroughCommercialOfficesAndAgendas()
        {
            var foreign = Generate(3).Companies.Where(c => c.IsForeign).ToList();

            Assert.IsTrue(foreign.Count > 0);
            Assert.IsTrue(foreign.SelectMany(c => c.Requests).All(r => r.Opening is RequestOpening.ImportDemand or RequestOpening.AgendaInChile or RequestOpening.VisitAgenda));
            Assert.IsTrue(foreign.SelectMany(c => c.Requests).Where(r => r.Opening == RequestOpening.ImportDemand).All(r => r.CommercialOffice is not null));
        }

        [TestMethod]
        public void R1_TheSixteenRegionsAllHaveCompanies()
        {
            Assert.AreEqual(16, Generate(3).Companies.Select(c => c.Region).Distinct().Count());
        }

        [TestMethod]
        public void TheSameSeedDrawsTheSameCompaniesAndAnotherSeedOthers()
        {
            string Fingerprint(SyntheticPortfolio p) => string.Join("|", p.Companies.Select(c => $"{c.Name};{c.Rut};{c.Region};{c.Actions.Count};{c.Requests.Count};{c.RegisteredAtUtc:O}"));

            Assert.AreEqual(Fingerprint(Generate(5)), Fingerprint(Generate(5)));
            Assert.AreNotEqual(Fingerprint(Generate(5)), Fingerprint(Generate(6)));
        }

        [TestMethod]
        public void EveryEventFallsInsideTheSimulatedYear()
        {
            var companies = Generate(3).Companies;

            Assert.IsTrue(companies.All(c => c.RegisteredAtUtc.Year == 2025));
            Assert.IsTrue(companies.SelectMany(c => c.Actions).All(a => a.Date.Year == 2025));
            Assert.IsTrue(companies.SelectMany(c => c.Requests).All(r => r.StartUtc.Year == 2025));
        }
    }
}
