using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules
{
    /// <summary>
    /// Month and year arithmetic on <see cref="CivilDate"/>, as <see cref="DateTime"/> does it: the day is kept,
    /// or clipped to the month's last day (31 January plus one month is 28 or 29 February).
    /// </summary>
    internal static class CivilDateArithmetic
    {
        public static CivilDate AddMonths(this CivilDate date, int months) => CivilDate.FromDateTime(date.ToDateTime().AddMonths(months));

        public static CivilDate AddYears(this CivilDate date, int years) => CivilDate.FromDateTime(date.ToDateTime().AddYears(years));
    }
}
