using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.Deadlines
{
    /// <summary>
    /// The protocol's deadline rules S1..S14 as a table (RULES.md, "Deadlines"). S4 ("immediate") is a term of
    /// 0 hours: due the instant it starts. S14 is a lead time, not a duty to answer: its 30 calendar days are the
    /// notice a visit needs, checked by <see cref="LeadTimeCheck"/> (flag, don't block).
    /// </summary>
    public static class ProtocolDeadlines
    {
        public static readonly DeadlineRule S1 = new DeadlineRule("S1", "Contactar a la empresa exportadora no usuaria que completó su formulario de caracterización", DeadlineTerm.BusinessDays(3));
        public static readonly DeadlineRule S2 = new DeadlineRule("S2", "Realizar la entrevista o visita una vez establecido el contacto", DeadlineTerm.CalendarDays(15));
        public static readonly DeadlineRule S3 = new DeadlineRule("S3", "Contactar a la empresa cuyo autodiagnóstico dio potencial Alto o Medio", DeadlineTerm.BusinessDays(3));
        public static readonly DeadlineRule S4 = new DeadlineRule("S4", "Enviar y registrar el correo automático de orientación (autodiagnóstico Bajo)", DeadlineTerm.Hours(0));
        public static readonly DeadlineRule S5 = new DeadlineRule("S5", "Contactar a la antigua usuaria exportadora que actualizó su formulario", DeadlineTerm.BusinessDays(3));
        public static readonly DeadlineRule S6 = new DeadlineRule("S6", "Atender la solicitud de asesoría, actividad u oficina comercial de una usuaria", DeadlineTerm.BusinessDays(3));
        public static readonly DeadlineRule S7 = new DeadlineRule("S7", "Responder la consulta de una persona sin empresa recibida en el Centro de Atención (CDA)", DeadlineTerm.BusinessDays(4));
        public static readonly DeadlineRule S8 = new DeadlineRule("S8", "Presentar descargos a la nota de comportamiento notificada", DeadlineTerm.BusinessDays(5));
        public static readonly DeadlineRule S9 = new DeadlineRule("S9", "Dar primera respuesta a una demanda urgente de One Click Import / Oportunidades Comerciales", DeadlineTerm.Hours(48));
        public static readonly DeadlineRule S10 = new DeadlineRule("S10", "Dar primera respuesta a una demanda de urgencia media", DeadlineTerm.CalendarDays(5));
        public static readonly DeadlineRule S11 = new DeadlineRule("S11", "Hacer seguimiento con el importador tras responder una demanda urgente", DeadlineTerm.CalendarDays(2));
        public static readonly DeadlineRule S12 = new DeadlineRule("S12", "Hacer seguimiento con el importador tras responder una demanda de urgencia media", DeadlineTerm.CalendarDays(5));
        public static readonly DeadlineRule S13 = new DeadlineRule("S13", "Responder a la oficina comercial la solicitud de agenda en Chile de un importador", DeadlineTerm.BusinessDays(7));
        public static readonly DeadlineRule S14 = new DeadlineRule("S14", "Antelación mínima entre la solicitud de agenda y la visita del importador a Chile", DeadlineTerm.CalendarDays(LeadTimeCheck.DefaultMinimumDays));

        private static readonly DeadlineRule[] Rules = { S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13, S14 };

        private static readonly Dictionary<string, DeadlineRule> ById = Rules.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

        /// <summary>S1..S14 in order.</summary>
        public static IReadOnlyList<DeadlineRule> All { get; } = Array.AsReadOnly(Rules);

        public static bool TryGet(string id, out DeadlineRule rule) => ById.TryGetValue(id ?? string.Empty, out rule!);

        /// <summary>The rule <paramref name="id"/> (case-insensitive); throws <see cref="UnknownDeadlineRuleException"/> otherwise.</summary>
        public static DeadlineRule Get(string id) => TryGet(id, out var rule) ? rule : throw new UnknownDeadlineRuleException(id ?? string.Empty);
    }

    /// <summary>A rule id that is not one of S1..S14.</summary>
    public sealed class UnknownDeadlineRuleException : Exception
    {
        public UnknownDeadlineRuleException(string ruleId)
            : base($"Regla de plazo desconocida «{ruleId}»; se aceptan S1..S14.")
        {
            RuleId = ruleId;
        }

        public string RuleId { get; }
    }
}
