using System;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.Deadlines
{
    [TestClass]
    public sealed class DeadlineStatusTests
    {
        // S7 from 16 Sep 2026 10:00 -03: at risk from 23 Sep 03:00 UTC, due 24 Sep 02:59:59 UTC.
        private static readonly Deadline S7 = ProtocolDeadlines.S7.DeadlineFrom(
            new DateTimeOffset(2026, 9, 16, 10, 0, 0, TimeSpan.FromHours(-3)), TestCalendars.NivelCentral);

        private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc);

        [TestMethod]
        public void BeforeTheWarningItIsInProgress()
        {
            Assert.AreEqual(DeadlineStatus.InProgress, S7.StatusAt(Utc(2026, 9, 23, 2, 59, 59)));
        }

        [TestMethod]
        public void D6_FromTheWarningItIsAtRisk()
        {
            Assert.AreEqual(DeadlineStatus.AtRisk, S7.StatusAt(Utc(2026, 9, 23, 3, 0, 0)));
            Assert.AreEqual(DeadlineStatus.AtRisk, S7.StatusAt(Utc(2026, 9, 24, 2, 59, 59)));
        }

        [TestMethod]
        public void AfterTheLastSecondOfTheDueDayItIsBreached()
        {
            Assert.AreEqual(DeadlineStatus.Breached, S7.StatusAt(Utc(2026, 9, 24, 3, 0, 0)));
        }

        [TestMethod]
        public void FulfilledByTheDueItIsMetEvenWhenAskedLater()
        {
            Assert.AreEqual(DeadlineStatus.Met, S7.StatusAt(Utc(2026, 10, 1, 0, 0, 0), fulfilledUtc: Utc(2026, 9, 24, 2, 59, 59)));
        }

        [TestMethod]
        public void FulfilledLateItIsBreached()
        {
            Assert.AreEqual(DeadlineStatus.Breached, S7.StatusAt(Utc(2026, 10, 1, 0, 0, 0), fulfilledUtc: Utc(2026, 9, 24, 3, 0, 0)));
        }

        [TestMethod]
        public void AFulfilmentAfterTheAskedInstantIsNotYetKnown()
        {
            Assert.AreEqual(DeadlineStatus.InProgress, S7.StatusAt(Utc(2026, 9, 17, 0, 0, 0), fulfilledUtc: Utc(2026, 9, 18, 0, 0, 0)));
        }
    }
}
