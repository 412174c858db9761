namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C4/C5: what is stored on the account about its category besides the computed value: the executive's
    /// manual choice (2 or 3, or none) and the C5 demotion lock. Immutable; the transitions in
    /// <see cref="CategoryChanges"/> return a new state.
    /// </summary>
    public sealed class CategoryState
    {
        public CategoryState(PortfolioCategory? manualCategory, bool demotionLock)
        {
            if (manualCategory == PortfolioCategory.ExportaMas)
            {
                throw new CategoryChangeRefusedException(PortfolioCategory.ExportaMas, CategoryChanges.ManualExportaMasRefused);
            }
            ManualCategory = manualCategory;
            DemotionLock = demotionLock;
        }

        /// <summary>No manual category, no lock: the C4 activity rule decides.</summary>
        public static CategoryState Initial { get; } = new CategoryState(null, false);

        /// <summary>C4 (setting): 2 or 3 set by hand by the executive; null when the activity rule decides.</summary>
        public PortfolioCategory? ManualCategory { get; }

        /// <summary>
        /// C5 (interpretation): set when an opt-out demoted the company from 2 to 3; while set, neither the
        /// activity rule nor an earlier manual 2 lifts it back. Cleared by opting back in or a manual change.
        /// </summary>
        public bool DemotionLock { get; }
    }
}
