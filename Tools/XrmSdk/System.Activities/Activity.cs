namespace System.Activities
{
    /// <summary>
    /// Root of every activity. This minimal Windows Workflow Foundation (modern .NET has none) runs code
    /// activities only, through <see cref="WorkflowInvoker"/>; no composition, bookmarks or persistence.
    /// </summary>
    public abstract class Activity
    {
        private string _displayName;

        // Not public: only the activity kinds of this assembly derive from it.
        internal Activity()
        {
        }

        /// <summary>The activity's name in traces and errors; the type's name unless set.</summary>
        public string DisplayName
        {
            get => _displayName ?? GetType().Name;
            set => _displayName = value;
        }

        public override string ToString() => DisplayName;

        // Runs the activity's own code against a prepared context; the invoker binds arguments around it.
        internal abstract void InternalExecute(CodeActivityContext context);
    }
}
