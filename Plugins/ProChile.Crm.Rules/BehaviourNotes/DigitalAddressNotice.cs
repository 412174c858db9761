using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N2, law change: Ley 21.806 (promulgated 5 Feb 2026; in force 1 July 2026, its art. 77) amends Ley 19.880 so that
    /// a notice sent to the company's Domicilio Digital Único (DDU) has full legal effect and "se entenderán
    /// practicadas al tercer día hábil siguiente" to its sending. Source checked: the law's own text was not in the
    /// material available to us; the secondary source RULES.md names says so in those words: Fernández Nieto &amp;
    /// Cía., "Domicilio Digital Único: la notificación administrativa entra en una nueva etapa", 17 Feb 2026,
    /// https://fn.cl/comunicaciones/domicilio-digital-unico-la-notificacion-administrativa-entra-en-una-nueva-etapa.
    /// Verify against the law's text at bcn.cl before relying on it in a dispute.
    /// <para>
    /// The count is D1's: the 3rd business day of the office's calendar strictly after the sending date (a notice sent
    /// on a weekend or holiday counts from the next business day). Fixed by the law, so it is not a setting. The DDU is
    /// no channel before the law is in force: a notice sent before 1 July 2026 is refused here, and such notes keep
    /// the certified letter's rule (<see cref="CertifiedLetterNotice"/>).
    /// </para>
    /// </summary>
    public static class DigitalAddressNotice
    {
        /// <summary>The business days after the sending on whose last the notice is deemed made.</summary>
        public const int BusinessDaysAfterSending = 3;

        /// <summary>The first day a notice can be sent to the DDU: Ley 21.806 in force.</summary>
        public static readonly CivilDate AvailableFrom = new CivilDate(2026, 7, 1);

        public static bool IsAvailableOn(CivilDate sentOn) => sentOn >= AvailableFrom;

        /// <summary>The day a notice sent to the DDU on <paramref name="sentOn"/> is deemed made.</summary>
        public static CivilDate DeemedNotifiedOn(CivilDate sentOn, BusinessCalendar businessDays)
        {
            if (businessDays is null)
            {
                throw new ArgumentNullException(nameof(businessDays));
            }
            if (!IsAvailableOn(sentOn))
            {
                throw new NoticeChannelUnavailableException(NoticeChannel.DigitalAddress, sentOn, AvailableFrom);
            }
            return businessDays.AddBusinessDays(sentOn, BusinessDaysAfterSending);
        }
    }
}
