using System;
using System.Collections.Generic;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.BehaviourNotes
{
    [TestClass]
    public sealed class BehaviourNoteTests
    {
        private static readonly OfficeCalendar Metropolitana = TestCalendars.For(Offices.Metropolitana);
        private static readonly OfficeCalendar Magallanes = TestCalendars.For(Offices.Magallanes);

        private static DateTime Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;

        private static BehaviourNote NotifiedInMetropolitana() =>
            BehaviourNote.Draft("nota-1").Notify(new CivilDate(2025, 3, 3), Metropolitana, RuleSettings.Defaults);

        // Friday 12-06-2026 at the Punta Arenas post office: notified Wednesday 17-06, defence due Wednesday 24-06-2026 23:59:59 -03:00.
        private static BehaviourNote NotifiedInMagallanes() =>
            BehaviourNote.Draft("nota-2").Notify(new CivilDate(2026, 6, 12), Magallanes, RuleSettings.Defaults);

        [TestMethod]
        public void N2_NoteCountsAsNotifiedOnTheThirdBusinessDayAfterThePostOfficeReceipt()
        {
            var note = NotifiedInMetropolitana();

            Assert.AreEqual(NoteState.Notified, note.State);
            Assert.AreEqual(new CivilDate(2025, 3, 3), note.CertifiedLetterReceivedOn);
            Assert.AreEqual(new CivilDate(2025, 3, 6), note.NotifiedOn);
            Assert.AreEqual(Utc("2025-03-06T00:00:00-03:00"), note.InForceFromUtc);
        }

        [TestMethod]
        public void S8_DefenceIsDueAtTheEndOfTheFifthBusinessDayAfterTheNotification()
        {
            var deadline = NotifiedInMetropolitana().DefenceDeadline!;

            Assert.AreEqual("S8", deadline.RuleId);
            Assert.AreEqual(Utc("2025-03-13T23:59:59-03:00"), deadline.DueUtc);
            Assert.AreEqual("2025-03-13T23:59:59-03:00", deadline.DueLocal.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }

        [TestMethod]
        public void N2_LetterReceivedOnASaturdayCountsFromTheNextBusinessDay()
        {
            var note = BehaviourNote.Draft("n").Notify(new CivilDate(2025, 3, 8), Metropolitana, RuleSettings.Defaults);

            Assert.AreEqual(new CivilDate(2025, 3, 12), note.NotifiedOn);
        }

        [TestMethod]
        public void S8_FiestasPatriasAreSkippedInTheDefenceTerm()
        {
            // Received Monday 15-09-2025; notified Monday 22-09 (18 and 19 are holidays); due Monday 29-09-2025.
            var note = BehaviourNote.Draft("n").Notify(new CivilDate(2025, 9, 15), Metropolitana, RuleSettings.Defaults);

            Assert.AreEqual(new CivilDate(2025, 9, 22), note.NotifiedOn);
            Assert.AreEqual(Utc("2025-09-29T23:59:59-03:00"), note.DefenceDeadline!.DueUtc);
        }

        [TestMethod]
        public void N2_CertifiedLetterLagIsASetting()
        {
            var sameDay = RuleSettings.FromOverrides(new Dictionary<string, string?> { ["N2.CertifiedLetterLagDays"] = "0" });

            var note = BehaviourNote.Draft("n").Notify(new CivilDate(2025, 3, 3), Metropolitana, sameDay);

            Assert.AreEqual(new CivilDate(2025, 3, 3), note.NotifiedOn);
            Assert.AreEqual(Utc("2025-03-10T23:59:59-03:00"), note.DefenceDeadline!.DueUtc);
        }

        [TestMethod]
        public void S8_DefenceOnTheLastMinuteOfTheDeadlineDayInTheOfficesZoneIsAccepted()
        {
            var note = NotifiedInMagallanes();
            Assert.AreEqual(Utc("2026-06-24T23:59:59-03:00"), note.DefenceDeadline!.DueUtc);

            var filed = note.FileDefence(Utc("2026-06-24T23:59:00-03:00"), Magallanes);

            Assert.AreEqual(NoteState.DefenceFiled, filed.State);
            Assert.AreEqual(Utc("2026-06-25T02:59:00Z"), filed.DefenceFiledAtUtc);
        }

        [TestMethod]
        public void S8_DefenceOneMinuteAfterTheLastMinuteIsRefusedWithBothLocalTimes()
        {
            var note = NotifiedInMagallanes();

            var e = Assert.ThrowsExactly<LateDefenceException>(() => note.FileDefence(Utc("2026-06-25T00:00:00-03:00"), Magallanes));

            Assert.AreEqual(
                "Los descargos presentados el 25-06-2026 00:00:00 llegaron fuera de plazo: los 5 días hábiles para presentarlos (S8) vencieron el 24-06-2026 23:59:59 (hora local, America/Punta_Arenas). No se pueden recibir; la nota queda mantenida.",
                e.Message);
            Assert.AreEqual(NoteState.Notified, note.State);
        }

        [TestMethod]
        public void D4_DefenceStillOnTimeInSantiagoIsLateInPuntaArenas()
        {
            // 03:30 UTC on 25-06-2026 is 23:30 of the 24th in Santiago (UTC-4 in winter) but 00:30 of the 25th in Punta Arenas (UTC-3).
            var instant = Utc("2026-06-25T03:30:00Z");

            Assert.ThrowsExactly<LateDefenceException>(() => NotifiedInMagallanes().FileDefence(instant, Magallanes));

            var santiago = TestCalendars.For(Offices.Metropolitana);
            var sameDatesInSantiago = BehaviourNote.Draft("n").Notify(new CivilDate(2026, 6, 12), santiago, RuleSettings.Defaults);
            Assert.AreEqual(NoteState.DefenceFiled, sameDatesInSantiago.FileDefence(instant, santiago).State);
        }

        [TestMethod]
        public void N3_NotifiedNoteWithoutDefenceIsUpheldAtTheDeadline()
        {
            var note = NotifiedInMagallanes();

            var before = note.UpholdIfDefenceLapsed(Utc("2026-06-24T23:59:59-03:00"));
            var after = note.UpholdIfDefenceLapsed(Utc("2026-06-25T08:00:00-03:00"));

            Assert.AreSame(note, before);
            Assert.AreEqual(NoteState.Upheld, after.State);
            Assert.AreEqual(Utc("2026-06-25T00:00:00-03:00"), after.DecidedAtUtc);
            Assert.AreEqual(NoteState.Notified, note.StateAt(Utc("2026-06-24T12:00:00-03:00")));
            Assert.AreEqual(NoteState.Upheld, note.StateAt(Utc("2026-06-25T00:00:00-03:00")));
        }

        [TestMethod]
        public void N3_UpholdingANotifiedNoteBeforeItsDeadlineIsRefusedNamingTheDeadline()
        {
            var e = Assert.ThrowsExactly<NoteTransitionRefusedException>(() => NotifiedInMagallanes().Uphold(Utc("2026-06-20T10:00:00-03:00")));

            Assert.AreEqual(
                "La nota está «Notificada» y el plazo de descargos corre hasta el 24-06-2026 23:59:59 (hora local, America/Punta_Arenas); solo después, sin descargos, queda «Mantenida».",
                e.Message);
        }

        [TestMethod]
        public void N3_UpholdingANotifiedNoteAfterItsDeadlineRecordsTheDeadlineAsTheMoment()
        {
            var upheld = NotifiedInMagallanes().Uphold(Utc("2026-07-01T10:00:00-04:00"));

            Assert.AreEqual(NoteState.Upheld, upheld.State);
            Assert.AreEqual(Utc("2026-06-25T03:00:00Z"), upheld.DecidedAtUtc);
        }

        [TestMethod]
        public void N3_AfterTheDefenceTheNoteIsUpheldOrWithdrawn()
        {
            var filed = NotifiedInMagallanes().FileDefence(Utc("2026-06-19T10:00:00-03:00"), Magallanes);
            var decision = Utc("2026-06-30T12:00:00-03:00");

            Assert.AreEqual(NoteState.Upheld, filed.Uphold(decision).State);
            Assert.AreEqual(decision, filed.Uphold(decision).DecidedAtUtc);
            Assert.AreEqual(NoteState.Withdrawn, filed.Withdraw(decision).State);
        }

        [TestMethod]
        public void N3_DraftCanOnlyBeNotified()
        {
            var e = Assert.ThrowsExactly<NoteTransitionRefusedException>(() => BehaviourNote.Draft("n").Withdraw(Utc("2026-06-19T10:00:00Z")));

            Assert.AreEqual(NoteState.Draft, e.From);
            Assert.AreEqual(NoteState.Withdrawn, e.To);
            Assert.AreEqual("La nota de comportamiento está «Borrador» y no puede pasar a «Retirada»; desde «Borrador» solo se permite pasar a: «Notificada».", e.Message);
        }

        [TestMethod]
        public void N3_NotifiedNoteCannotBeWithdrawnWithoutADefence()
        {
            var e = Assert.ThrowsExactly<NoteTransitionRefusedException>(() => NotifiedInMagallanes().Withdraw(Utc("2026-06-19T10:00:00Z")));

            Assert.AreEqual("La nota de comportamiento está «Notificada» y no puede pasar a «Retirada»; desde «Notificada» solo se permite pasar a: «Con descargos», «Mantenida».", e.Message);
        }

        [TestMethod]
        public void N3_UpheldAndWithdrawnAreFinal()
        {
            var filed = NotifiedInMagallanes().FileDefence(Utc("2026-06-19T10:00:00-03:00"), Magallanes);
            var upheld = filed.Uphold(Utc("2026-06-30T12:00:00Z"));
            var withdrawn = filed.Withdraw(Utc("2026-06-30T12:00:00Z"));

            var e = Assert.ThrowsExactly<NoteTransitionRefusedException>(() => upheld.Withdraw(Utc("2026-07-30T12:00:00Z")));
            Assert.AreEqual("La nota de comportamiento está «Mantenida» y no puede pasar a «Retirada»: «Mantenida» es un estado final, no admite cambios.", e.Message);
            Assert.ThrowsExactly<NoteTransitionRefusedException>(() => withdrawn.Uphold(Utc("2026-07-30T12:00:00Z")));
            Assert.ThrowsExactly<NoteTransitionRefusedException>(() => filed.FileDefence(Utc("2026-06-19T11:00:00-03:00"), Magallanes));
            Assert.ThrowsExactly<NoteTransitionRefusedException>(() => upheld.Notify(new CivilDate(2026, 8, 3), Magallanes, RuleSettings.Defaults));
        }

        [TestMethod]
        public void N3_DefenceMustBeCountedInTheCalendarTheNoteWasNotifiedIn()
        {
            var e = Assert.ThrowsExactly<ArgumentException>(() => NotifiedInMagallanes().FileDefence(Utc("2026-06-19T10:00:00Z"), Metropolitana));

            StringAssert.StartsWith(e.Message, "La nota nota-2 se notificó con el calendario de «magallanes», no con el de «metropolitana»");
        }

        [TestMethod]
        public void N3_LifecycleTableListsTheAllowedMoves()
        {
            CollectionAssert.AreEqual(new[] { NoteState.Notified }, (System.Collections.ICollection)NoteLifecycle.AllowedFrom(NoteState.Draft));
            CollectionAssert.AreEqual(new[] { NoteState.DefenceFiled, NoteState.Upheld }, (System.Collections.ICollection)NoteLifecycle.AllowedFrom(NoteState.Notified));
            CollectionAssert.AreEqual(new[] { NoteState.Upheld, NoteState.Withdrawn }, (System.Collections.ICollection)NoteLifecycle.AllowedFrom(NoteState.DefenceFiled));
            Assert.AreEqual(0, NoteLifecycle.AllowedFrom(NoteState.Upheld).Count);
            Assert.AreEqual(0, NoteLifecycle.AllowedFrom(NoteState.Withdrawn).Count);
        }

        [TestMethod]
        public void N4_DraftIsNotInForce()
        {
            Assert.IsFalse(BehaviourNote.Draft("n").IsInForceAt(Utc("2026-06-19T10:00:00Z"), NoteValidity.UntilWithdrawn));
        }

        [TestMethod]
        public void N4_NoteIsInForceFromTheStartOfItsNotificationDateInTheOfficesZone()
        {
            var note = NotifiedInMagallanes();

            Assert.IsFalse(note.IsInForceAt(Utc("2026-06-16T23:59:59-03:00"), NoteValidity.UntilWithdrawn));
            Assert.IsTrue(note.IsInForceAt(Utc("2026-06-17T00:00:00-03:00"), NoteValidity.UntilWithdrawn));
        }

        [TestMethod]
        public void N4_UpheldNoteStaysInForceUntilWithdrawnByDefault()
        {
            var upheld = NotifiedInMagallanes().UpholdIfDefenceLapsed(Utc("2026-07-01T00:00:00Z"));

            Assert.IsTrue(upheld.IsInForceAt(Utc("2036-07-01T00:00:00Z"), NoteValidity.UntilWithdrawn));
        }

        [TestMethod]
        public void N4_WithdrawnNoteStopsBeingInForceWhenWithdrawn()
        {
            var withdrawnAt = Utc("2026-06-30T12:00:00Z");
            var withdrawn = NotifiedInMagallanes().FileDefence(Utc("2026-06-19T10:00:00-03:00"), Magallanes).Withdraw(withdrawnAt);

            Assert.IsTrue(withdrawn.IsInForceAt(withdrawnAt.AddSeconds(-1), NoteValidity.UntilWithdrawn));
            Assert.IsFalse(withdrawn.IsInForceAt(withdrawnAt, NoteValidity.UntilWithdrawn));
        }

        [TestMethod]
        public void N4_LimitedValidityEndsTheGivenMonthsAfterTheNotification()
        {
            var upheld = NotifiedInMagallanes().UpholdIfDefenceLapsed(Utc("2026-07-01T00:00:00Z"));
            var twelveMonths = NoteValidity.ForMonths(12);

            Assert.IsTrue(upheld.IsInForceAt(Utc("2027-06-16T23:59:59-03:00"), twelveMonths));
            Assert.IsFalse(upheld.IsInForceAt(Utc("2027-06-17T00:00:00-03:00"), twelveMonths));
        }
    }
}
