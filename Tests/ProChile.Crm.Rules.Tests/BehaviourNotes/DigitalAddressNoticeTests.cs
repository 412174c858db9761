using System;
using ProChile.Crm.Rules.BehaviourNotes;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Settings;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.BehaviourNotes
{
    /// <summary>N2 by channel: Ley 21.806 deems a DDU notice made on the third business day after its sending, from 1 July 2026.</summary>
    [TestClass]
    public sealed class DigitalAddressNoticeTests
    {
        private static readonly OfficeCalendar Metropolitana = TestCalendars.For(Offices.Metropolitana);

        private static DateTime Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;

        [TestMethod]
        public void N2_ADdunoticeSentOnFriday3July2026IsDeemedMadeOnWednesday8July()
        {
            Assert.AreEqual(new CivilDate(2026, 7, 8), DigitalAddressNotice.DeemedNotifiedOn(new CivilDate(2026, 7, 3), Metropolitana.BusinessDays));
        }

        [TestMethod]
        public void N2_ADdunoticeSentOnASaturdayCountsFromMonday()
        {
            Assert.AreEqual(new CivilDate(2026, 7, 8), DigitalAddressNotice.DeemedNotifiedOn(new CivilDate(2026, 7, 4), Metropolitana.BusinessDays));
        }

        [TestMethod]
        public void N2_TheVirgenDelCarmenHolidayIsNotABusinessDayOfTheDdUCount()
        {
            // Sent Wednesday 15-07-2026; Thursday 16-07 is a holiday (Ley 20.148): Friday 17, Monday 20, Tuesday 21.
            Assert.AreEqual(new CivilDate(2026, 7, 21), DigitalAddressNotice.DeemedNotifiedOn(new CivilDate(2026, 7, 15), Metropolitana.BusinessDays));
        }

        [TestMethod]
        public void N2_TheFirstDayOfLey21806AcceptsADdunotice()
        {
            // Sent Wednesday 01-07-2026: Thursday 2, Friday 3, Monday 6.
            Assert.AreEqual(new CivilDate(2026, 7, 6), DigitalAddressNotice.DeemedNotifiedOn(new CivilDate(2026, 7, 1), Metropolitana.BusinessDays));
        }

        [TestMethod]
        public void N2_ADdunoticeSentBeforeLey21806IsInForceIsRefusedNamingTheDateAndTheLetter()
        {
            var refused = Assert.ThrowsExactly<NoticeChannelUnavailableException>(
                () => DigitalAddressNotice.DeemedNotifiedOn(new CivilDate(2026, 6, 30), Metropolitana.BusinessDays));

            Assert.AreEqual("La notificación por «Domicilio Digital Único» rige desde el 01-07-2026 (Ley 21.806); una nota enviada el 30-06-2026 se notifica por «Carta certificada»: elija ese canal o corrija la fecha de envío.", refused.Message);
        }

        [TestMethod]
        public void N2_ALetterReceivedTheDayBeforeTheLawKeepsTheLetterRule()
        {
            // Received Tuesday 30-06-2026: the 3rd business day after (N2 setting, default 3) is Friday 03-07.
            var notice = Notice.CertifiedLetter(new CivilDate(2026, 6, 30));

            Assert.AreEqual(new CivilDate(2026, 7, 3), notice.DeemedNotifiedOn(Metropolitana.BusinessDays, RuleSettings.Defaults));
        }

        [TestMethod]
        public void N2_TheLetterLagIsASettingButTheDdUCountIsTheLaws()
        {
            var settings = RuleSettings.FromOverrides(new[] { new System.Collections.Generic.KeyValuePair<string, string?>("N2.CertifiedLetterLagDays", "5") });

            Assert.AreEqual(new CivilDate(2026, 7, 10), Notice.CertifiedLetter(new CivilDate(2026, 7, 3)).DeemedNotifiedOn(Metropolitana.BusinessDays, settings));
            Assert.AreEqual(new CivilDate(2026, 7, 8), Notice.DigitalAddress(new CivilDate(2026, 7, 3)).DeemedNotifiedOn(Metropolitana.BusinessDays, settings));
        }

        [TestMethod]
        public void S8_TheDefenceTermOfADdunoteRunsFromItsDeemedDate()
        {
            // Sent Friday 03-07-2026, notified Wednesday 08-07; S8: Thursday 9, Friday 10, Monday 13, Tuesday 14, Wednesday 15 (winter, UTC-4).
            var note = BehaviourNote.Draft("n").Notify(Notice.DigitalAddress(new CivilDate(2026, 7, 3)), Metropolitana, RuleSettings.Defaults);

            Assert.AreEqual(new CivilDate(2026, 7, 8), note.NotifiedOn);
            Assert.AreEqual(Utc("2026-07-15T23:59:59-04:00"), note.DefenceDeadline!.DueUtc);
            Assert.IsNull(note.CertifiedLetterReceivedOn);
            Assert.AreEqual(NoticeChannel.DigitalAddress, note.Notice!.Value.Channel);
        }

        [TestMethod]
        public void N3_ARecordedDefenceIsNotCheckedAgainAgainstTheTerm()
        {
            var note = BehaviourNote.Draft("n").Notify(Notice.DigitalAddress(new CivilDate(2026, 7, 3)), Metropolitana, RuleSettings.Defaults);
            var afterTheTerm = Utc("2026-07-20T12:00:00-04:00");

            var filed = note.WithRecordedDefence(afterTheTerm).WithRecordedDecision(NoteState.Withdrawn, afterTheTerm.AddDays(1));

            Assert.AreEqual(NoteState.Withdrawn, filed.State);
            Assert.AreEqual(afterTheTerm, filed.DefenceFiledAtUtc);
            Assert.ThrowsExactly<LateDefenceException>(() => note.FileDefence(afterTheTerm, Metropolitana));
        }
    }
}
