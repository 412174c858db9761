using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.BehaviourNotes;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Dataverse.Settings;
using ProChile.Crm.Rules.Calendar;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;
using RuleHoliday = ProChile.Crm.Rules.Calendar.Holiday;

namespace ProChile.Crm.Plugins.Tests.Dataverse
{
    /// <summary>D5, S8: the note re-projection pages through every affected note and stops, resumably, when its time budget is spent.</summary>
    [TestClass]
    public sealed class NoteReprojectionTests : PipelineTest
    {
        // Received Monday 10-03-2025: notified Thursday 13-03, due Thursday 20-03 23:59:59 (UTC-3); a holiday on Tuesday 18-03 moves it to Friday 21-03.
        private static readonly DateTime DueWithoutHoliday = new DateTime(2025, 3, 21, 2, 59, 59, DateTimeKind.Utc);
        private static readonly DateTime DueWithHoliday = new DateTime(2025, 3, 22, 2, 59, 59, DateTimeKind.Utc);
        private static readonly string NoHolidays = HolidaySetFingerprint.Of(new RuleHoliday[0], new CivilDate(2025, 3, 10), DueWithoutHoliday);

        private Guid accountId;

        [TestInitialize]
        public void CreateCompany() => accountId = Service.Create(PortfolioAccount());

        /// <summary>Notified notes as the note step stored them before the holiday existed (seeded: no plugin runs).</summary>
        private Guid[] SeedNotifiedNotes(int count) => Org.Seed(Enumerable.Range(0, count).Select(i => new Entity(BehaviourNote.EntityLogicalName)
        {
            [BehaviourNote.Name] = "Nota " + i,
            [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
            [BehaviourNote.PostedOn] = new DateTime(2025, 3, 10),
            [BehaviourNote.NotifiedOn] = new DateTime(2025, 3, 13),
            [BehaviourNote.DefenceDue] = DueWithoutHoliday,
            [BehaviourNote.HolidaySet] = NoHolidays,
        }).ToArray()).ToArray();

        private void SeedHolidayOnTuesday18() => Org.Seed(new Entity(HolidayTable.EntityLogicalName)
        {
            [HolidayTable.Name] = "Feriado de prueba",
            [HolidayTable.Date] = new DateTime(2025, 3, 18),
            [HolidayTable.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            [HolidayTable.LegalBasis] = "Ley 99.999",
        });

        /// <summary>A budget that is spent after <paramref name="rows"/> checks: elapsed time is a counter, never the clock.</summary>
        private static RunningTimeBudget SpentAfter(int rows)
        {
            int checks = 0;
            return new RunningTimeBudget(TimeSpan.FromSeconds(rows), () => TimeSpan.FromSeconds(checks++));
        }

        private NoteReprojection Reprojection(RunningTimeBudget budget)
        {
            var holidays = OneOffHolidayRows.Read(Service);
            return new NoteReprojection(Service, OfficeCalendarCache.Shared.For(holidays), SettingsReader.Read(Service, TestTracing.Silent), holidays, budget, _ => { });
        }

        private DateTime DueOf(Guid note) => Stored(BehaviourNote.EntityLogicalName, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue);

        [TestMethod]
        public void D5_WhenTheBudgetIsSpentTheRestKeepAStaleFingerprintThatTheProjectionFinds()
        {
            var notes = SeedNotifiedNotes(5);
            SeedHolidayOnTuesday18();
            var reprojection = Reprojection(SpentAfter(3));

            reprojection.Run(NoteProjection.NotifiedSpanning(new CivilDate(2025, 3, 18), new CivilDate(2025, 3, 18)));

            Assert.IsTrue(reprojection.LeftForSweep);
            Assert.AreEqual(3, reprojection.Written);
            Assert.AreEqual(3, notes.Count(n => DueOf(n) == DueWithHoliday));
            var holidays = OneOffHolidayRows.Read(Service);
            var offices = OfficeCalendarCache.Shared.For(holidays);
            var left = Service.RetrieveMultiple(NoteProjection.NotifiedNotes()).Entities
                .Where(row => NoteProjection.ChangesFrom(row, offices.ForOffice(NoteProjection.OfficeOf(row)), SettingsReader.Read(Service, TestTracing.Silent), holidays) is not null)
                .Select(e => e.Id).OrderBy(id => id).ToArray();
            CollectionAssert.AreEqual(notes.Where(n => DueOf(n) == DueWithoutHoliday).OrderBy(id => id).ToArray(), left);
            Assert.AreEqual(2, left.Length);
        }

        [TestMethod]
        public void D5_MoreThanOnePageOfNotesIsReprojectedWholeInTwoQueries()
        {
            var notes = SeedNotifiedNotes(NoteReprojection.PageSize + 1);
            SeedHolidayOnTuesday18();
            var reprojection = Reprojection(SpentAfter(int.MaxValue / 2));
            StartCounting();

            reprojection.Run(NoteProjection.NotifiedSpanning(new CivilDate(2025, 3, 18), new CivilDate(2025, 3, 18)));

            Assert.IsFalse(reprojection.LeftForSweep);
            Assert.AreEqual(NoteReprojection.PageSize + 1, reprojection.Written);
            Assert.AreEqual(0, notes.Count(n => DueOf(n) != DueWithHoliday));
            Assert.AreEqual(2, Org.Activity.Calls.Count(c => c.MadeBy == null && c.MessageName == "RetrieveMultiple" && c.EntityName == BehaviourNote.EntityLogicalName));
        }

        [TestMethod]
        public void D5_ABudgetSpentWithTheFirstPageDoesNotReadTheNext()
        {
            SeedNotifiedNotes(NoteReprojection.PageSize + 1);
            SeedHolidayOnTuesday18();
            var reprojection = Reprojection(SpentAfter(NoteReprojection.PageSize));
            StartCounting();

            reprojection.Run(NoteProjection.NotifiedSpanning(new CivilDate(2025, 3, 18), new CivilDate(2025, 3, 18)));

            Assert.IsTrue(reprojection.LeftForSweep);
            Assert.AreEqual(NoteReprojection.PageSize, reprojection.Written);
            Assert.AreEqual(1, Org.Activity.Calls.Count(c => c.MadeBy == null && c.MessageName == "RetrieveMultiple" && c.EntityName == BehaviourNote.EntityLogicalName));
        }

        [TestMethod]
        public void D5_ASecondRunChangesNothing()
        {
            var notes = SeedNotifiedNotes(2);
            SeedHolidayOnTuesday18();
            Reprojection(SpentAfter(100)).Run(NoteProjection.NotifiedSpanning(new CivilDate(2025, 3, 18), new CivilDate(2025, 3, 18)));

            var second = Reprojection(SpentAfter(100));
            second.Run(NoteProjection.NotifiedSpanning(new CivilDate(2025, 3, 18), new CivilDate(2025, 3, 18)));

            Assert.AreEqual(2, second.Read);
            Assert.AreEqual(0, second.Written);
        }

        [TestMethod]
        public void D5_ANoteWhoseCompanyHasNoRegionIsCountedAndTheOthersStillMove()
        {
            var notes = SeedNotifiedNotes(2);
            var regionless = PortfolioAccount("Sin Región Ltda.");
            regionless.Attributes.Remove(Account.Region);
            var orphanCompany = Org.Seed(regionless)[0];
            Org.Seed(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Nota sin región",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, orphanCompany),
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2025, 3, 10),
                [BehaviourNote.DefenceDue] = DueWithoutHoliday,
            });
            SeedHolidayOnTuesday18();
            var reprojection = Reprojection(SpentAfter(100));

            reprojection.Run(NoteProjection.NotifiedSpanning(new CivilDate(2025, 3, 18), new CivilDate(2025, 3, 18)));

            Assert.AreEqual(1, reprojection.Failed);
            Assert.AreEqual(2, notes.Count(n => DueOf(n) == DueWithHoliday));
        }

        [TestMethod]
        public void D5_TheFingerprintIgnoresOrderNamesLawsAndHolidaysOutsideTheWindowButNotDatesOrRegionsInIt()
        {
            var start = new CivilDate(2025, 3, 10);
            var a = RuleHoliday.National(new CivilDate(2025, 3, 18), "A", "Ley 1");
            var b = RuleHoliday.Regional(new CivilDate(2025, 3, 17), "B", "arica", "Ley 2");
            var outside = RuleHoliday.National(new CivilDate(2025, 5, 5), "Fuera", "Ley 3");
            string Of(params RuleHoliday[] holidays) => HolidaySetFingerprint.Of(holidays, start, DueWithoutHoliday);

            Assert.AreEqual(Of(a, b), Of(b, RuleHoliday.National(new CivilDate(2025, 3, 18), "Otro nombre", "Otra ley"), outside));
            Assert.AreNotEqual(Of(a), Of(RuleHoliday.National(new CivilDate(2025, 3, 19), "A", "Ley 1")));
            Assert.AreNotEqual(Of(b), Of(RuleHoliday.Regional(new CivilDate(2025, 3, 17), "B", "magallanes", "Ley 2")));
            Assert.AreEqual(Of(), Of(outside));
            Assert.AreEqual(HolidaySetFingerprint.Length, Of().Length);
        }
    }
}
