using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.FollowUps;

namespace ProChile.Crm.Rules.Tests.FollowUps
{
    [TestClass]
    public sealed class QuarterlyReviewTests
    {
        private static ForeignCompanyAttention Attention(string executive, string id, string name, CivilDate on,
            bool survey = false, bool projected = false, bool oneClick = false) => new ForeignCompanyAttention
        {
            CommercialExecutive = executive,
            CompanyId = id,
            CompanyName = name,
            AttendedOn = on,
            AnsweredSatisfactionSurvey = survey || projected,
            ProjectedBusiness = projected,
            ReceivedOneClickImportContacts = oneClick,
        };

        [TestMethod]
        public void F3_QuarterRunsFromItsFirstToItsLastDay()
        {
            var q1 = Quarter.Containing(new CivilDate(2025, 2, 14));

            Assert.AreEqual(new Quarter(2025, 1), q1);
            Assert.AreEqual(new CivilDate(2025, 1, 1), q1.FirstDay);
            Assert.AreEqual(new CivilDate(2025, 3, 31), q1.LastDay);
            Assert.AreEqual(new CivilDate(2025, 12, 31), new Quarter(2025, 4).LastDay);
            Assert.AreEqual(new Quarter(2026, 1), new Quarter(2025, 4).Next);
            Assert.AreEqual("T1 2025", q1.ToString());
        }

        [TestMethod]
        public void F3_EachCommercialExecutiveReviewsTheCompaniesAttendedInTheQuarterOnItsLastDay()
        {
            var attentions = new[]
            {
                Attention("Luis (Oficom Madrid)", "c1", "Importadora Sol", new CivilDate(2025, 4, 3)),
                Attention("Luis (Oficom Madrid)", "c2", "Alimentos Norte", new CivilDate(2025, 6, 30)),
                Attention("Eva (Oficom Tokio)", "c3", "Kaisha Foods", new CivilDate(2025, 5, 20)),
                Attention("Luis (Oficom Madrid)", "c4", "Fuera del trimestre", new CivilDate(2025, 7, 1)),
                Attention("Luis (Oficom Madrid)", "c5", "Trimestre anterior", new CivilDate(2025, 3, 31)),
            };

            var lists = QuarterlyReview.For(new Quarter(2025, 2), attentions);

            Assert.AreEqual(2, lists.Count);
            Assert.AreEqual("Eva (Oficom Tokio)", lists[0].CommercialExecutive);
            Assert.AreEqual(new CivilDate(2025, 6, 30), lists[0].ReviewOn);
            Assert.AreEqual("Luis (Oficom Madrid)", lists[1].CommercialExecutive);
            Assert.AreEqual(2, lists[1].Companies.Count);
            Assert.AreEqual("Alimentos Norte", lists[1].Companies[0].CompanyName);
            Assert.AreEqual("Importadora Sol", lists[1].Companies[1].CompanyName);
        }

        [TestMethod]
        public void F3_ImportersProjectingBusinessComeFirstThenSurveyOrOneClickImportThenTheRest()
        {
            var attentions = new[]
            {
                Attention("Luis", "a", "Alfa", new CivilDate(2025, 4, 3)),
                Attention("Luis", "b", "Beta", new CivilDate(2025, 4, 4), oneClick: true),
                Attention("Luis", "c", "Gamma", new CivilDate(2025, 4, 5), survey: true),
                Attention("Luis", "d", "Delta", new CivilDate(2025, 4, 6), projected: true, oneClick: true),
            };

            var companies = QuarterlyReview.For(new Quarter(2025, 2), attentions)[0].Companies;

            Assert.AreEqual("Delta", companies[0].CompanyName);
            Assert.AreEqual(2, companies[0].SpecialFollowUp.Count);
            Assert.AreEqual("F3.ProjectedBusiness", companies[0].SpecialFollowUp[0].Code);
            Assert.AreEqual("F3.OneClickImport", companies[0].SpecialFollowUp[1].Code);
            Assert.AreEqual("Beta", companies[1].CompanyName);
            Assert.AreEqual("Gamma", companies[2].CompanyName);
            Assert.AreEqual("F3.AnsweredSurvey", companies[2].SpecialFollowUp[0].Code);
            Assert.AreEqual("Alfa", companies[3].CompanyName);
            Assert.IsFalse(companies[3].IsSpecial);
        }

        [TestMethod]
        public void F3_CompanyAttendedSeveralTimesAppearsOnceWithEveryReason()
        {
            var attentions = new[]
            {
                Attention("Luis", "a", "Alfa", new CivilDate(2025, 4, 3), oneClick: true),
                Attention("Luis", "A", "Alfa", new CivilDate(2025, 5, 3), projected: true),
            };

            var companies = QuarterlyReview.For(new Quarter(2025, 2), attentions)[0].Companies;

            Assert.AreEqual(1, companies.Count);
            Assert.AreEqual(2, companies[0].Attentions);
            Assert.AreEqual(2, companies[0].SpecialFollowUp.Count);
        }

        [TestMethod]
        public void F3_QuarterWithoutAttentionsHasNoLists()
        {
            Assert.AreEqual(0, QuarterlyReview.For(new Quarter(2025, 3), new ForeignCompanyAttention[0]).Count);
        }
    }
}
