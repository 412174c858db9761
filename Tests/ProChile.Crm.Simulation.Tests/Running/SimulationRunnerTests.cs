using System.Linq;
using ProChile.Crm.Simulation.Results;

namespace ProChile.Crm.Simulation.Tests.Running
{
    [TestClass]
    public sealed class SimulationRunnerTests
    {
        private static SimulationSummary Summary => SimulatedYear.EightyCompanies.Summary;

        [TestMethod]
        public void C3_C4_EightyCompaniesSegmentAndCategorizeExactly()
        {
            CollectionAssert.AreEqual(new[] { "Cuenta potencial 3", "NO CARTERA 23", "CARTERA 54" }, Lines(Summary.Segments));
            CollectionAssert.AreEqual(new[] { "1 Exporta Más 6", "2 Trabajo Habitual 19", "3 Trabajo Esporádico 29" }, Lines(Summary.Categories));
            Assert.AreEqual(75, Summary.CategoryChangesRecorded);
        }

        [TestMethod]
        public void C5_OneOfFiveOptOutsDemotesFromTwoToThree()
        {
            Assert.AreEqual(5, Summary.Run.OptOuts);
            Assert.AreEqual(1, Summary.Run.Demotions);
        }

        [TestMethod]
        public void C6_C7_UsersOfTheYearFormerUsersAndFollowUps()
        {
            Assert.AreEqual(89, Summary.ActionsInYear);
            Assert.AreEqual(34, Summary.UsersOfTheYear);
            Assert.AreEqual(3, Summary.FormerUsers);
            Assert.AreEqual(11, Summary.FollowUpTasks);
            Assert.AreEqual(155, Summary.FollowUpEmails);
        }

        [TestMethod]
        public void S1ToS14_EveryRuleRunsWithItsMetBreachedAndOpenCounts()
        {
            CollectionAssert.AreEqual(new[]
            {
                "S1 9/2/0", "S2 18/2/1", "S3 10/0/0", "S4 4/0/0", "S5 1/0/0", "S6 39/5/0", "S7 9/1/0",
                "S8 2/3/0", "S9 3/1/0", "S10 8/2/1", "S11 4/0/0", "S12 7/3/0", "S13 1/1/0", "S14 2/1/0",
            }, Summary.ByRule().Select(r => $"{r.Rule} {r.Met}/{r.Breached}/{r.Open}").ToArray());
            Assert.AreEqual(0, Summary.RequestsWithoutDeadline);
        }

        [TestMethod]
        public void S2_S11_S12_EveryAnsweredContactAndDemandOpenedItsNextStepThroughThePlugins()
        {
            var requests = Summary.ByRule().ToDictionary(r => r.Rule, r => r.Requests);

            Assert.AreEqual(Summary.ContactChains.Answered, Summary.ContactChains.Opened);
            Assert.AreEqual(requests["S2"], Summary.ContactChains.Opened);
            Assert.AreEqual(Summary.DemandChains.Answered, Summary.DemandChains.Opened);
            Assert.AreEqual(requests["S11"] + requests["S12"], Summary.DemandChains.Opened);
            Assert.IsTrue(Summary.ContactChains.MetEndToEnd > 0 && Summary.ContactChains.MetEndToEnd < Summary.ContactChains.Opened,
                $"{Summary.ContactChains.MetEndToEnd} of {Summary.ContactChains.Opened}: some chains break at one step.");
        }

        [TestMethod]
        public void S4_EveryBajaSelfDiagnosisGotItsGuidanceEmailAndWasMet()
        {
            var s4 = Summary.ByRule().Single(r => r.Rule == "S4");

            Assert.AreEqual(s4.Requests, Summary.GuidanceEmails);
            Assert.AreEqual(s4.Requests, s4.Met);
        }

        [TestMethod]
        public void R1_EachCompanyWithoutRegionIsReportedToTheRegistrationMailboxOnce()
        {
            Assert.IsTrue(Summary.CompaniesWithoutRegion > 0, "the synthetic year has companies registered without region");
            Assert.AreEqual(Summary.CompaniesWithoutRegion, Summary.RegistrationReports);
        }

        [TestMethod]
        public void S1ToS14_MetPlusBreachedPlusOpenIsEveryRequestPerRuleAndPerOffice()
        {
            Assert.AreEqual(140, Summary.Requests);
            Assert.AreEqual(140, Summary.Met + Summary.Breached + Summary.Open);
            Assert.AreEqual(140, Summary.ByRule().Sum(r => r.Requests));
            Assert.AreEqual(140, Summary.ByOffice().Sum(o => o.Requests));
            Assert.AreEqual("Metropolitana 26: 19/7/0", Summary.ByOffice().Where(o => o.Office == "Metropolitana").Select(o => $"{o.Office} {o.Requests}: {o.Met}/{o.Breached}/{o.Open}").Single());
        }

        [TestMethod]
        public void C3_C4_SegmentsAddUpToThePortfolioAndCategoriesToItsPortfolioSegment()
        {
            Assert.AreEqual(SimulatedYear.Companies, Summary.Segments.Sum(s => s.Count));
            Assert.AreEqual(Summary.Segments.Single(s => s.Label == "CARTERA").Count, Summary.Categories.Sum(c => c.Count));
        }

        [TestMethod]
        public void N1ToN4_NoShowsNotesLateDefencesAndNotesInForce()
        {
            Assert.AreEqual(7, Summary.Run.NoShows);
            Assert.AreEqual(2, Summary.Run.ExcusedByForceMajeure);
            Assert.AreEqual(Summary.Run.NoShows - Summary.Run.ExcusedByForceMajeure, Summary.NotesLeft);
            CollectionAssert.AreEqual(new[] { "Borrador 0", "Notificada 0", "Con descargos 0", "Confirmada 4", "Retirada 1" }, Lines(Summary.NotesByStatus));
            Assert.AreEqual(2, Summary.Run.LateDefencesRefused);
            Assert.AreEqual(4, Summary.AccountsWithNoteInForce);
        }

        [TestMethod]
        public void TheShippedPluginsRefuseNothingThePlanDidNotExpect()
        {
            Assert.AreEqual(0, Summary.Run.UnexpectedRefusals, string.Join("\n", Summary.Run.UnexpectedMessages));
        }

        [TestMethod]
        public void TheSameSeedGivesTheSameSummaryWhateverTheCohortSize()
        {
            Assert.AreEqual(SummaryText.Render(Summary), SummaryText.Render(SimulatedYear.EightyCompaniesInOneOrganization.Summary));
        }

        [TestMethod]
        public void TheSameSeedRunAgainGivesTheSameSummary()
        {
            Assert.AreEqual(SummaryText.Render(Summary), SummaryText.Render(SimulatedYear.Run(SimulatedYear.Seed, cohortSize: 30).Summary));
        }

        [TestMethod]
        public void AnotherSeedGivesAnotherPortfolio()
        {
            Assert.AreNotEqual(SummaryText.Render(Summary), SummaryText.Render(SimulatedYear.Run(SimulatedYear.Seed + 1, cohortSize: 80).Summary));
        }

        private static string[] Lines(System.Collections.Generic.IEnumerable<LabelledCount> counts) => counts.Select(c => $"{c.Label} {c.Count}").ToArray();
    }
}
