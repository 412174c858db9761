using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N2 (interpretation, setting <c>N2.CertifiedLetterLagDays</c>, default 3): Ley 19.880 art. 46, "las
    /// notificaciones por carta certificada se entenderán practicadas a contar del tercer día siguiente a su
    /// recepción en la oficina de Correos que corresponda". Art. 25 makes the law's days business days, so the
    /// note counts as notified on the 3rd business day of the office's calendar strictly after the letter's
    /// receipt at the post office (D1: a receipt on a weekend or holiday counts from the next business day).
    /// </summary>
    public static class CertifiedLetterNotice
    {
        public static CivilDate DeemedNotifiedOn(CivilDate receivedAtPostOffice, BusinessCalendar businessDays, int lagDays)
        {
            if (businessDays is null)
            {
                throw new ArgumentNullException(nameof(businessDays));
            }
            return businessDays.AddBusinessDays(receivedAtPostOffice, lagDays);
        }
    }
}
