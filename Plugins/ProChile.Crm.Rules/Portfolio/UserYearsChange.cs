using System.Collections.Generic;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>C6: the years in which a company gained or lost user status after its actions changed.</summary>
    public sealed class UserYearsChange
    {
        public UserYearsChange(IReadOnlyList<int> gained, IReadOnlyList<int> lost)
        {
            Gained = gained;
            Lost = lost;
        }

        /// <summary>Years that are user years now and were not before, ascending.</summary>
        public IReadOnlyList<int> Gained { get; }

        /// <summary>Years that were user years and no longer are, ascending (e.g. the only action of the year deleted).</summary>
        public IReadOnlyList<int> Lost { get; }

        public bool IsEmpty => Gained.Count == 0 && Lost.Count == 0;
    }
}
