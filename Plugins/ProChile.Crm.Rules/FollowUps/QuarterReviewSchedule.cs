using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.FollowUps
{
    /// <summary>
    /// F3: "al término de cada trimestre": which quarter a daily run reviews. On a quarter's last day, that quarter;
    /// on the first <see cref="CatchUpDays"/> days of the next, still that one (a run missed on the last day is
    /// caught up); any other day, none, so the daily sweep reads nothing for F3 most days.
    /// </summary>
    public static class QuarterReviewSchedule
    {
        /// <summary>Days after a quarter's end during which its review is still created if missing.</summary>
        public const int CatchUpDays = 7;

        /// <summary>The quarter to review on <paramref name="today"/> (the office's date), or null.</summary>
        public static Quarter? QuarterToReview(CivilDate today)
        {
            var current = Quarter.Containing(today);
            if (today == current.LastDay)
            {
                return current;
            }
            var previous = Quarter.Containing(current.FirstDay.AddDays(-1));
            return today <= previous.LastDay.AddDays(CatchUpDays) ? previous : (Quarter?)null;
        }
    }
}
