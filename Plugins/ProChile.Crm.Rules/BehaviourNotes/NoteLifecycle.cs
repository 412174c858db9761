using System;
using System.Collections.Generic;
using System.Linq;

namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>
    /// N3: the moves a behaviour note may make, as data: draft → notified → defence filed → upheld or withdrawn,
    /// and notified → upheld once the S8 deadline has passed without defence. Upheld and withdrawn are final.
    /// </summary>
    public static class NoteLifecycle
    {
        private static readonly NoteState[] None = new NoteState[0];

        /// <summary>The states a note in <paramref name="from"/> may move to, in lifecycle order.</summary>
        public static IReadOnlyList<NoteState> AllowedFrom(NoteState from)
        {
            switch (from)
            {
                case NoteState.Draft:
                    return Array.AsReadOnly(new[] { NoteState.Notified });
                case NoteState.Notified:
                    return Array.AsReadOnly(new[] { NoteState.DefenceFiled, NoteState.Upheld });
                case NoteState.DefenceFiled:
                    return Array.AsReadOnly(new[] { NoteState.Upheld, NoteState.Withdrawn });
                default:
                    return Array.AsReadOnly(None);
            }
        }

        public static bool IsAllowed(NoteState from, NoteState to) => AllowedFrom(from).Contains(to);

        /// <summary>Throws <see cref="NoteTransitionRefusedException"/> unless the move is allowed.</summary>
        internal static void Require(NoteState from, NoteState to)
        {
            if (!IsAllowed(from, to))
            {
                throw new NoteTransitionRefusedException(from, to, AllowedFrom(from));
            }
        }
    }
}
