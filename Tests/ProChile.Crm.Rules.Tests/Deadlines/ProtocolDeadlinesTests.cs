using System;
using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.Deadlines
{
    [TestClass]
    public sealed class ProtocolDeadlinesTests
    {
        [TestMethod]
        public void TheTableHoldsS1ToS14WithTheirTerms()
        {
            var table = string.Join(" ", ProtocolDeadlines.All.Select(r => $"{r.Id}={r.Term.Length}{r.Term.Unit.ToSlug()}"));

            Assert.AreEqual(
                "S1=3business-days S2=15calendar-days S3=3business-days S4=0hours S5=3business-days S6=3business-days " +
                "S7=4business-days S8=5business-days S9=48hours S10=5calendar-days S11=2calendar-days S12=5calendar-days " +
                "S13=7business-days S14=30calendar-days", table);
        }

        [TestMethod]
        public void RulesAreFoundByIdIgnoringCase()
        {
            Assert.AreSame(ProtocolDeadlines.S8, ProtocolDeadlines.Get("s8"));
        }

        [TestMethod]
        public void AnUnknownRuleIsNamedWithWhatIsAccepted()
        {
            var error = Assert.ThrowsExactly<UnknownDeadlineRuleException>(() => ProtocolDeadlines.Get("S15"));

            Assert.AreEqual("S15", error.RuleId);
            Assert.AreEqual("Regla de plazo desconocida «S15»; se aceptan S1..S14.", error.Message);
        }

        [TestMethod]
        public void S14_AVisitThirtyDaysAfterTheRequestHasEnoughNotice()
        {
            var check = LeadTimeCheck.Evaluate(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(-3)), new CivilDate(2026, 3, 31), TestCalendars.NivelCentral);

            Assert.IsTrue(check.Holds);
            Assert.AreEqual(30, check.DaysOfNotice);
            Assert.AreEqual(new CivilDate(2026, 3, 31), check.EarliestCompliantVisit);
        }

        [TestMethod]
        public void S14_AShorterNoticeIsFlaggedNotBlocked()
        {
            var check = LeadTimeCheck.Evaluate(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(-3)), new CivilDate(2026, 3, 30), TestCalendars.NivelCentral);

            Assert.IsFalse(check.Holds);
            Assert.AreEqual(29, check.DaysOfNotice);
            Assert.AreEqual("La visita del 2026-03-30 tiene solo 29 días de antelación (mínimo 30); requiere acuerdo entre las oficinas.", check.Summary);
        }

        [TestMethod]
        public void S14_TheRequestDateIsTakenInTheOfficesZone()
        {
            // 23:30 on 1 March in Santiago is 2 March in UTC; the notice counts from 1 March.
            var check = LeadTimeCheck.Evaluate(new DateTimeOffset(2026, 3, 2, 2, 30, 0, TimeSpan.Zero), new CivilDate(2026, 3, 31), TestCalendars.NivelCentral);

            Assert.AreEqual(new CivilDate(2026, 3, 1), check.RequestDate);
            Assert.IsTrue(check.Holds);
        }
    }
}
