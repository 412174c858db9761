using System;
using ProChile.Crm.Rules.Deadlines;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N3/S8: a defence filed after the deadline. The message (Spanish) gives both instants in the office's local time.</summary>
    public sealed class LateDefenceException : InvalidOperationException
    {
        public LateDefenceException(DateTime filedAtUtc, DateTimeOffset filedAtLocal, Deadline deadline)
            : base($"Los descargos presentados el {SpanishFormat.DateTime(filedAtLocal.DateTime)} llegaron fuera de plazo: los 5 días hábiles para presentarlos (S8) vencieron el {SpanishFormat.DateTime(deadline.DueLocal.DateTime)} (hora local, {deadline.TimeZoneId}). No se pueden recibir; la nota queda mantenida.")
        {
            FiledAtUtc = filedAtUtc;
            Deadline = deadline;
        }

        public DateTime FiledAtUtc { get; }

        public Deadline Deadline { get; }
    }
}
