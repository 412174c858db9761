using System;
using System.Collections.Generic;
using System.Linq;
using ProChile.Crm.Rules.Portfolio;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N4: a note in force "será considerada al momento de solicitar participar en cualquier otra actividad ...
    /// no será prioritaria si existe una alta demanda por el mercado al cual apunta". Whether demand is high is
    /// the activity's fact, given by the caller; how long a note stays in force is the setting
    /// <c>N4.NoteValidity</c>.
    /// </summary>
    public static class NotePriorityRule
    {
        public static RequestPriorityDecision ForRequest(
            IEnumerable<BehaviourNote> companyNotes, DateTime requestedAtUtc, bool highDemandForTargetMarket, NoteValidity validity)
        {
            if (companyNotes is null)
            {
                throw new ArgumentNullException(nameof(companyNotes));
            }
            var inForce = companyNotes.Where(n => n.IsInForceAt(requestedAtUtc, validity)).Select(n => n.Id).ToArray();
            if (inForce.Length == 0)
            {
                return new RequestPriorityDecision(RequestPriority.Normal, inForce, new DecisionReason(
                    "N4.NoNoteInForce", "N4", "Sin notas de comportamiento vigentes: la solicitud se prioriza como cualquier otra."));
            }
            var notes = SpanishFormat.Count(inForce.Length, "nota de comportamiento vigente", "notas de comportamiento vigentes");
            if (!highDemandForTargetMarket)
            {
                return new RequestPriorityDecision(RequestPriority.Normal, inForce, new DecisionReason(
                    "N4.NoteInForceLowDemand", "N4", $"Tiene {notes}, pero el mercado de destino no tiene alta demanda: la solicitud se prioriza como cualquier otra."));
            }
            return new RequestPriorityDecision(RequestPriority.NotPrioritised, inForce, new DecisionReason(
                "N4.NotPrioritised", "N4", $"No es prioritaria: tiene {notes} y existe alta demanda por el mercado al que apunta."));
        }
    }
}
