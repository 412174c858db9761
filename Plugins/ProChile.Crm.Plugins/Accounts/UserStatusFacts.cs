using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using Account = ProChile.Crm.Dataverse.Schema.Account;

namespace ProChile.Crm.Plugins.Accounts
{
    /// <summary>
    /// C6/C7: the facts stored on the account from its whole set of actions: the last qualifying action (C4's
    /// window) and the last year the company was a user (C6, which also depends on the company's RUT and SII start
    /// of activities). Computed in one place for the action step (an action changed) and the account step (the RUT or
    /// the SII start changed), so neither leaves the other's inputs stale.
    /// </summary>
    internal static class UserStatusFacts
    {
        /// <summary>Writes both facts on <paramref name="row"/> (an update or a Target) from <paramref name="account"/> as it will be.</summary>
        public static void Write(Entity row, Entity account, AccountActions actions, CivilDate today)
        {
            var last = actions.LastQualifyingDate(today);
            var userYears = UserOfTheYearRule.UserYears(AccountRow.ToEligibility(account), actions).Where(year => year <= today.Year).ToArray();
            row[Account.LastQualifyingAction] = last is CivilDate date ? date.ToDateTime() : (object?)null;
            row[Account.LastUserYear] = userYears.Length == 0 ? (object?)null : userYears.Max();
        }
    }
}
