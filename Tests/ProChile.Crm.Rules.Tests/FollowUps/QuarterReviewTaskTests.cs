using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.FollowUps;

namespace ProChile.Crm.Rules.Tests.FollowUps
{
    [TestClass]
    public sealed class QuarterReviewTaskTests
    {
        [TestMethod]
        [DataRow("2025-03-31", "T1 2025")]
        [DataRow("2025-04-01", "T1 2025")]
        [DataRow("2025-04-07", "T1 2025")]
        [DataRow("2025-12-31", "T4 2025")]
        [DataRow("2026-01-07", "T4 2025")]
        public void F3_TheQuarterIsReviewedOnItsLastDayAndCaughtUpInTheFirstWeekAfter(string today, string quarter)
        {
            Assert.AreEqual(quarter, QuarterReviewSchedule.QuarterToReview(CivilDate.Parse(today)).ToString());
        }

        [TestMethod]
        [DataRow("2025-03-30")]
        [DataRow("2025-04-08")]
        [DataRow("2025-05-15")]
        public void F3_OtherDaysReviewNothing(string today)
        {
            Assert.IsNull(QuarterReviewSchedule.QuarterToReview(CivilDate.Parse(today)));
        }

        [TestMethod]
        public void F3_TheSubjectNamesTheQuarter()
        {
            Assert.AreEqual("F3: revisión trimestral T2 2025", QuarterReviewTask.Subject(new Quarter(2025, 2)));
        }

        [TestMethod]
        public void F3_ALongListIsCutToTheColumnAndPointsToTheView()
        {
            var attentions = Enumerable.Range(1, 60).Select(i => new ForeignCompanyAttention
            {
                CompanyId = "c" + i,
                CompanyName = "Importadora número " + i.ToString("00") + " de productos del mar y vinos",
                CommercialExecutive = "ana",
                AttendedOn = new CivilDate(2025, 2, 1),
            });
            var list = QuarterlyReview.For(new Quarter(2025, 1), attentions).Single();

            var description = QuarterReviewTask.Description(list);

            Assert.IsTrue(description.Length <= QuarterReviewTask.DescriptionMaxLength, description.Length.ToString());
            StringAssert.StartsWith(description, "Empresas atendidas en el T1 2025 que debe revisar (60); especial seguimiento primero:\n- Importadora número 01");
            StringAssert.EndsWith(description, " más: vea la vista «Revisión trimestral».");
            var shown = description.Split('\n').Count(l => l.StartsWith("- "));
            StringAssert.EndsWith(description, $"\n… y {60 - shown} más: vea la vista «Revisión trimestral».");
        }
    }
}
