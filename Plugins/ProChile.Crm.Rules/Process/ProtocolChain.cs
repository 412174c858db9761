using System;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Rules.Process
{
    /// <summary>
    /// The protocol's steps that open the next one: contact established in S1, S3 or S5 starts S2 (the interview
    /// or visit, 15 calendar days); the answer sent for an urgent (S9) or medium (S10) demand starts the commercial
    /// office's follow-up with the importer, S11 (2 days) or S12 (5 days). Every other rule opens nothing.
    /// </summary>
    public static class ProtocolChain
    {
        /// <summary>The rule the answer to <paramref name="ruleId"/> opens, or null when it ends there.</summary>
        public static DeadlineRule? SuccessorOf(string ruleId)
        {
            switch (ruleId ?? throw new ArgumentNullException(nameof(ruleId)))
            {
                case "S1":
                case "S3":
                case "S5":
                    return ProtocolDeadlines.S2;
                case "S9":
                    return ProtocolDeadlines.S11;
                case "S10":
                    return ProtocolDeadlines.S12;
                default:
                    return null;
            }
        }

        /// <summary>What the answer is, in the protocol's words, for messages: "el contacto" (S1/S3/S5) or "la respuesta" (S9/S10).</summary>
        public static string AnswerNoun(string ruleId) => ProtocolDeadlines.S2 == SuccessorOf(ruleId) ? "el contacto" : "la respuesta";
    }
}
