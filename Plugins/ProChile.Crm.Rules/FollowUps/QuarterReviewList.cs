using System.Collections.Generic;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>F3: the companies one commercial executive reviews at the end of a quarter.</summary>
    public sealed class QuarterReviewList
    {
        public QuarterReviewList(Quarter quarter, string commercialExecutive, IReadOnlyList<QuarterReviewItem> companies)
        {
            Quarter = quarter;
            CommercialExecutive = commercialExecutive;
            Companies = companies;
        }

        public Quarter Quarter { get; }

        public string CommercialExecutive { get; }

        /// <summary>"Al término de cada trimestre": the quarter's last day.</summary>
        public CivilDate ReviewOn => Quarter.LastDay;

        /// <summary>Special follow-up first (projected business, then the other reasons), then by name.</summary>
        public IReadOnlyList<QuarterReviewItem> Companies { get; }
    }
}
