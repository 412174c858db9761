using System;

namespace ProChile.Crm.Rules.Process
{
    /// <summary>
    /// S2, S11, S12: when a request's answer opens the next step of the protocol, and what clearing that answer
    /// does. Idempotent by construction: a request that already points to its successor opens nothing more, so a
    /// second save, a retried job or a corrected answer date changes nothing. Clearing the answer cancels a
    /// successor nobody worked on (no answer of its own) and is refused otherwise, saying why.
    /// </summary>
    public static class RequestChain
    {
        /// <param name="ruleId">The request's rule (S1..S14).</param>
        /// <param name="answeredBefore">Its answer instant before the save (UTC), or null.</param>
        /// <param name="answeredAfter">Its answer instant after the save (UTC), or null.</param>
        /// <param name="hasSuccessor">It already points to the successor it opened.</param>
        public static ChainStep OnSave(string ruleId, DateTime? answeredBefore, DateTime? answeredAfter, bool hasSuccessor)
        {
            var successor = ProtocolChain.SuccessorOf(ruleId);
            if (successor is null)
            {
                return ChainStep.None($"{ruleId} no abre otro plazo del protocolo.");
            }
            if (answeredAfter is DateTime answered)
            {
                return hasSuccessor
                    ? ChainStep.None($"{ruleId} ya abrió su {successor.Id}; responder de nuevo no abre otro.")
                    : ChainStep.Open(successor, answered, $"{ruleId} respondida: {ProtocolChain.AnswerNoun(ruleId)} inicia {successor.Id} ({successor.Term}).");
            }
            if (answeredBefore is null || !hasSuccessor)
            {
                return ChainStep.None($"{ruleId} sin respuesta y sin {successor.Id} abierta: nada que hacer.");
            }
            return ChainStep.Review($"{ruleId}: se borró la respuesta que abrió su {successor.Id}.");
        }

        /// <param name="ruleId">The predecessor's rule (S1, S3, S5, S9 or S10).</param>
        /// <param name="successorName">The successor's subject, to name it in the refusal.</param>
        /// <param name="successorAnswered">The successor has its own answer recorded.</param>
        /// <param name="successorActive">The successor is still active (not deactivated).</param>
        public static UndoStep Undo(string ruleId, string successorName, bool successorAnswered, bool successorActive)
        {
            var successor = ProtocolChain.SuccessorOf(ruleId)
                ?? throw new ArgumentException($"{ruleId} no abre otro plazo; no hay sucesora que revisar.", nameof(ruleId));
            if (!successorActive)
            {
                return new UndoStep(UndoStepKind.ReleaseLink, $"la {successor.Id} «{successorName}» ya estaba inactiva; se libera el vínculo.");
            }
            if (successorAnswered)
            {
                return new UndoStep(UndoStepKind.Refuse,
                    $"No se puede borrar «Respondida el» de esta solicitud {ruleId}: {ProtocolChain.AnswerNoun(ruleId)} abrió la solicitud {successor.Id} «{successorName}», " +
                    $"que ya tiene su propia respuesta registrada. Borre primero la respuesta de la {successor.Id}, o corrija la fecha en vez de borrarla.");
            }
            return new UndoStep(UndoStepKind.CancelSuccessor, $"la {successor.Id} «{successorName}» no tenía respuesta: se cancela (queda inactiva).");
        }
    }
}
