namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N3: where a behaviour note stands. See <see cref="NoteLifecycle"/> for the moves between them.</summary>
    public enum NoteState
    {
        /// <summary>Written by the regional executive, not yet notified.</summary>
        Draft = 1,

        /// <summary>Notified by certified letter (N2); the S8 defence term runs.</summary>
        Notified = 2,

        /// <summary>The company filed its defence ("descargos") in time; awaiting decision.</summary>
        DefenceFiled = 3,

        /// <summary>Upheld: after the defence, or because none came by the S8 deadline.</summary>
        Upheld = 4,

        /// <summary>Withdrawn after the defence.</summary>
        Withdrawn = 5,
    }

    public static class NoteStateText
    {
        /// <summary>The Spanish name executives see.</summary>
        public static string Label(this NoteState state)
        {
            switch (state)
            {
                case NoteState.Draft:
                    return "Borrador";
                case NoteState.Notified:
                    return "Notificada";
                case NoteState.DefenceFiled:
                    return "Con descargos";
                case NoteState.Upheld:
                    return "Mantenida";
                case NoteState.Withdrawn:
                    return "Retirada";
                default:
                    return state.ToString();
            }
        }
    }
}
