namespace ProChile.Crm.Rules.BehaviourNotes
{
    /// <summary>N4: how a company's request to join an activity is ranked.</summary>
    public enum RequestPriority
    {
        /// <summary>Ranked as any other request.</summary>
        Normal = 1,

        /// <summary>"No será prioritaria": a note is in force and demand for the target market is high.</summary>
        NotPrioritised = 2,
    }
}
