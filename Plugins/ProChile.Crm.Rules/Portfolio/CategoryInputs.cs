using System;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C4/C5: everything the category depends on, except the evaluation date.</summary>
    public sealed class CategoryInputs
    {
        public CategoryInputs(bool isExportaMas, CategoryState state, AccountActions actions, RuleSettings settings)
        {
            IsExportaMas = isExportaMas;
            State = state ?? throw new ArgumentNullException(nameof(state));
            Actions = actions ?? throw new ArgumentNullException(nameof(actions));
            Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        }

        public bool IsExportaMas { get; }

        public CategoryState State { get; }

        public AccountActions Actions { get; }

        public RuleSettings Settings { get; }

        /// <summary>The same inputs with another state.</summary>
        public CategoryInputs WithState(CategoryState state) => new CategoryInputs(IsExportaMas, state, Actions, Settings);
    }
}
