using System;
using System.Linq;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Portfolio;
using ProChile.Crm.Rules.Settings;

namespace ProChile.Crm.Rules.Tests.Portfolio
{
    /// <summary>Builders for action sets and category inputs with literal dates.</summary>
    internal static class PortfolioFixtures
    {
        public static RegisteredAction Action(string id, int year, int month, int day) =>
            new RegisteredAction(id, new CivilDate(year, month, day), countsTowardsUserStatus: true, ActionRegistrar.RegionalExecutive);

        public static AccountActions ActionsOn(params CivilDate[] dates) =>
            AccountActions.Of(dates.Select((d, i) => new RegisteredAction("a" + i, d, true, ActionRegistrar.RegionalExecutive)));

        public static CategoryInputs Inputs(CategoryState state, AccountActions actions, bool exportaMas = false) =>
            new CategoryInputs(exportaMas, state, actions, RuleSettings.Defaults);
    }
}
