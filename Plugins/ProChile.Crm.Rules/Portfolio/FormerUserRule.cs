using System;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C7 "antigua usuaria": "trabajó con ProChile por última vez hace 3 años o más".
    /// <para>
    /// <b>Interpretation</b>: "last worked" is the date of the company's latest qualifying action (C6) on or
    /// before the evaluation date; "3 years or more" is counted by calendar anniversary, so a company whose
    /// last action was on 10-05-2022 is a former user from 10-05-2025 (an action on 29 February reaches its
    /// anniversary on 28 February). A company with no qualifying action never worked with ProChile: it is
    /// a non-user, not a former user.
    /// </para>
    /// </summary>
    public static class FormerUserRule
    {
        /// <summary>The protocol's 3 years.</summary>
        public const int YearsWithoutWork = 3;

        public static FormerUserDecision Decide(AccountActions actions, CivilDate asOfDate)
        {
            if (actions is null)
            {
                throw new ArgumentNullException(nameof(actions));
            }
            var last = actions.LastQualifyingDate(asOfDate);
            if (last is not CivilDate lastDate)
            {
                return new FormerUserDecision(false, null, new DecisionReason(
                    "C7.NeverWorked", "C7",
                    "No es antigua usuaria: no tiene acciones que sumen registradas, nunca ha trabajado con ProChile."));
            }
            var formerFrom = lastDate.AddYears(YearsWithoutWork);
            if (asOfDate >= formerFrom)
            {
                return new FormerUserDecision(true, lastDate, new DecisionReason(
                    "C7.FormerUser", "C7",
                    $"Antigua usuaria: trabajó con ProChile por última vez el {SpanishFormat.Date(lastDate)}, hace 3 años o más (desde el {SpanishFormat.Date(formerFrom)})."));
            }
            return new FormerUserDecision(false, lastDate, new DecisionReason(
                "C7.RecentWork", "C7",
                $"No es antigua usuaria: trabajó con ProChile el {SpanishFormat.Date(lastDate)}; sería antigua usuaria desde el {SpanishFormat.Date(formerFrom)} si no vuelve a trabajar con ProChile."));
        }
    }
}
