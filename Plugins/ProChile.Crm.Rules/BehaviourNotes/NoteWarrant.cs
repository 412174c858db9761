using System.Collections.Generic;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N1: "siempre que la Oficom respectiva confirme la fecha y la agenda de reuniones", a company that does not
    /// travel or attend gets a behaviour note from its regional executive, unless the cause was force majeure.
    /// </summary>
    public static class NoteWarrant
    {
        public static readonly DecisionReason AgendaNotConfirmed = new DecisionReason(
            "N1.AgendaNotConfirmed", "N1", "Sin nota de comportamiento: la oficina comercial no había confirmado la fecha y la agenda.");

        public static readonly DecisionReason Attended = new DecisionReason(
            "N1.Attended", "N1", "Sin nota de comportamiento: la empresa viajó o asistió a las reuniones agendadas.");

        public static readonly DecisionReason ForceMajeure = new DecisionReason(
            "N1.ForceMajeure", "N1", "Sin nota de comportamiento: la empresa se excusó por caso fortuito o fuerza mayor (causa ajena a su voluntad, imprevisible e inevitable).");

        public static NoteWarrantDecision ForConfirmedAgenda(bool agendaConfirmedByCommercialOffice, bool companyTravelledOrAttended, ForceMajeureClaim? claim)
        {
            if (!agendaConfirmedByCommercialOffice)
            {
                return new NoteWarrantDecision(false, AgendaNotConfirmed);
            }
            if (companyTravelledOrAttended)
            {
                return new NoteWarrantDecision(false, Attended);
            }
            if (claim is not null && claim.IsForceMajeure)
            {
                return new NoteWarrantDecision(false, ForceMajeure);
            }
            return new NoteWarrantDecision(true, new DecisionReason("N1.NoteRequired", "N1",
                "Corresponde dejar una nota de comportamiento en la bitácora de CRM: la empresa no viajó o no asistió a la agenda confirmada" + WhyNotForceMajeure(claim) + "."));
        }

        private static string WhyNotForceMajeure(ForceMajeureClaim? claim)
        {
            if (claim is null)
            {
                return " y no presentó razones de caso fortuito o fuerza mayor";
            }
            var missing = new List<string>();
            if (!claim.OutsideCompanysWill)
            {
                missing.Add("no fue ajena a su voluntad");
            }
            if (!claim.Unforeseeable)
            {
                missing.Add("pudo preverse");
            }
            if (!claim.Unavoidable)
            {
                missing.Add("pudo evitarse");
            }
            return "; la causa que invocó no es caso fortuito o fuerza mayor: " + string.Join(", ", missing);
        }
    }
}
