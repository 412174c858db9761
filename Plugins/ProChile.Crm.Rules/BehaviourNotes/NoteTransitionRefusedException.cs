using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N3: a move the lifecycle does not allow. The message (Spanish) says which moves are allowed from the current state.</summary>
    public sealed class NoteTransitionRefusedException : InvalidOperationException
    {
        public NoteTransitionRefusedException(NoteState from, NoteState to, IReadOnlyList<NoteState> allowed)
            : this(from, to, allowed, DefaultMessage(from, to, allowed))
        {
        }

        public NoteTransitionRefusedException(NoteState from, NoteState to, IReadOnlyList<NoteState> allowed, string message)
            : base(message)
        {
            From = from;
            To = to;
            Allowed = allowed;
        }

        public NoteState From { get; }

        public NoteState To { get; }

        public IReadOnlyList<NoteState> Allowed { get; }

        private static string DefaultMessage(NoteState from, NoteState to, IReadOnlyList<NoteState> allowed)
        {
            var head = $"La nota de comportamiento está «{from.Label()}» y no puede pasar a «{to.Label()}»";
            return allowed.Count == 0
                ? $"{head}: «{from.Label()}» es un estado final, no admite cambios."
                : $"{head}; desde «{from.Label()}» solo se permite pasar a: {string.Join(", ", allowed.Select(s => "«" + s.Label() + "»"))}.";
        }
    }
}
