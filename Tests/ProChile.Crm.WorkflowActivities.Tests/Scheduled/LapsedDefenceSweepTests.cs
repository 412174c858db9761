using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.WorkflowActivities.Scheduled;

namespace ProChile.Crm.WorkflowActivities.Tests.Scheduled
{
    /// <summary>
    /// D5, S8: the daily sweep finds the notified notes computed with an older one-off holiday set (a re-projection job
    /// that ran out of time or failed) and brings their stored term to the rule's.
    /// </summary>
    [TestClass]
    public sealed class LapsedDefenceSweepTests
    {
        private static readonly DateTime LetterWeek = new DateTime(2026, 6, 1, 15, 0, 0, DateTimeKind.Utc);
        // Received Monday 01-06-2026: notified Thursday 04-06, due Thursday 11-06 23:59:59 (UTC-4).
        private static readonly DateTime DefenceDue = new DateTime(2026, 6, 12, 3, 59, 59, DateTimeKind.Utc);
        // With a one-off holiday on Tuesday 09-06, due Friday 12-06 23:59:59 (UTC-4).
        private static readonly DateTime DefenceDueWithHoliday = new DateTime(2026, 6, 13, 3, 59, 59, DateTimeKind.Utc);

        private static (ActivityHost Host, Guid Note) NotifiedNoteThenAHolidayNoJobSaw()
        {
            var host = new ActivityHost(LetterWeek);
            var company = host.Seed(new Entity(Account.EntityLogicalName)
            {
                [Account.Name] = "Conservas del Sur S.A.",
                [Account.Region] = new OptionSetValue((int)Choices.Region.Metropolitana),
            });
            var service = host.Organization.Service;
            var note = service.Create(new Entity(BehaviourNote.EntityLogicalName)
            {
                [BehaviourNote.Name] = "Nota de comportamiento: misión a Shanghái",
                [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, company),
            });
            service.Update(new Entity(BehaviourNote.EntityLogicalName, note)
            {
                [BehaviourNote.Status] = new OptionSetValue((int)Choices.NoteStatus.Notified),
                [BehaviourNote.PostedOn] = new DateTime(2026, 6, 1),
            });
            Assert.AreEqual(DefenceDue, NoteOf(host, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
            // Seeded: no re-projection job runs, as when the job ran out of time before reaching this note.
            host.Seed(new Entity(Holiday.EntityLogicalName)
            {
                [Holiday.Name] = "Feriado de prueba",
                [Holiday.Date] = new DateTime(2026, 6, 9),
                [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
                [Holiday.LegalBasis] = "Ley 99.999",
            });
            return (host, note);
        }

        private static Entity NoteOf(ActivityHost host, Guid note) => host.Organization.Inspect(BehaviourNote.EntityLogicalName, note)!;

        private static IDictionary<string, object> SweepAt(ActivityHost host, DateTime instant)
        {
            ((ManualClock)host.Organization.Clock).Set(instant);
            host.Context.OperationCreatedOn = instant;
            return host.Run(new SweepLapsedStatesActivity(), new Dictionary<string, object?>());
        }

        [TestMethod]
        public void D5_TheSweepReprojectsANoteComputedWithAnOlderHolidaySet()
        {
            var (host, note) = NotifiedNoteThenAHolidayNoJobSaw();

            SweepAt(host, new DateTime(2026, 6, 5, 15, 0, 0, DateTimeKind.Utc));

            var stored = NoteOf(host, note);
            Assert.AreEqual(DefenceDueWithHoliday, stored.GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
            Assert.AreEqual(HolidaySetFingerprint.Of(OneOffHolidayRows.Read(host.Organization.Service), new Rules.Calendar.CivilDate(2026, 6, 1), DefenceDueWithHoliday), stored.GetAttributeValue<string>(BehaviourNote.HolidaySet));
            Assert.AreEqual((int)Choices.NoteStatus.Notified, stored.GetAttributeValue<OptionSetValue>(BehaviourNote.Status).Value);
        }

        [TestMethod]
        public void S8_AfterTheOldDeadlineTheSweepMovesTheTermInsteadOfUpholdingTheNote()
        {
            var (host, note) = NotifiedNoteThenAHolidayNoJobSaw();

            var outputs = SweepAt(host, DefenceDue.AddSeconds(1));

            Assert.AreEqual(0, (int)outputs[nameof(SweepLapsedStatesActivity.NotesUpheld)]);
            Assert.AreEqual(DefenceDueWithHoliday, NoteOf(host, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void S8_ADeadlineWrittenByHandIsBroughtBackToTheRulesByTheNextSweep()
        {
            var (host, note) = NotifiedNoteThenAHolidayNoJobSaw();
            host.Organization.Service.Update(new Entity(BehaviourNote.EntityLogicalName, note) { [BehaviourNote.DefenceDue] = new DateTime(2026, 6, 5, 3, 59, 59, DateTimeKind.Utc) });

            var outputs = SweepAt(host, new DateTime(2026, 6, 5, 15, 0, 0, DateTimeKind.Utc));

            Assert.AreEqual(0, (int)outputs[nameof(SweepLapsedStatesActivity.NotesUpheld)], "decisions come from the projection, never from the stored date");
            Assert.AreEqual(DefenceDueWithHoliday, NoteOf(host, note).GetAttributeValue<DateTime>(BehaviourNote.DefenceDue));
        }

        [TestMethod]
        public void D5_ASecondSweepWritesNothing()
        {
            var (host, _) = NotifiedNoteThenAHolidayNoJobSaw();
            SweepAt(host, new DateTime(2026, 6, 5, 15, 0, 0, DateTimeKind.Utc));
            host.Organization.Activity.Clear();

            SweepAt(host, new DateTime(2026, 6, 5, 15, 0, 0, DateTimeKind.Utc));

            // Reads only: notes due or stale, holidays, settings, requests at risk or due, requests of another holiday set
            // (D5, none here), then the two account queries of N4.
            Assert.AreEqual("RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_holiday, RetrieveMultiple pch_setting, RetrieveMultiple pch_request, RetrieveMultiple pch_request, RetrieveMultiple pch_behaviournote, RetrieveMultiple pch_behaviournote", host.CallSummary);
        }
    }
}
