namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C5: the outcome of a category event: the state to store, the category now, and a history entry when the category changed.</summary>
    public sealed class CategoryChange
    {
        public CategoryChange(CategoryState state, CategoryDecision decision, CategoryHistoryEntry? historyEntry)
        {
            State = state;
            Decision = decision;
            HistoryEntry = historyEntry;
        }

        public CategoryState State { get; }

        /// <summary>The category after the event, with its reason.</summary>
        public CategoryDecision Decision { get; }

        /// <summary>Null when the category did not change (e.g. a second opt-out).</summary>
        public CategoryHistoryEntry? HistoryEntry { get; }

        public bool CategoryChanged => HistoryEntry is not null;
    }
}
