using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ProChile.Crm.Rules.Portfolio
{
    /// <summary>
    /// C6 "empresa usuaria": registered in CRM; Chilean companies with "inicio de actividades" at SII; foreign
    /// companies registered by the commercial office; and at least one qualifying action (counts for user
    /// status, registered by a regional or commercial executive) dated inside the calendar year, January to
    /// December. Computed from the whole set of actions, so adding, re-dating or deleting an action is a
    /// recomputation, and deleting the only action of a year removes that year's status.
    /// <para>
    /// <b>Interpretation</b>: a C9 Empresa Activa Internacional has no Chilean RUT and so no SII start of
    /// activities; it follows the foreign-company condition (registered by the commercial office).
    /// </para>
    /// </summary>
    public static class UserOfTheYearRule
    {
        public static UserYearDecision Decide(UserEligibility company, AccountActions actions, int year)
        {
            if (company is null)
            {
                throw new ArgumentNullException(nameof(company));
            }
            if (actions is null)
            {
                throw new ArgumentNullException(nameof(actions));
            }
            var yearText = year.ToString(CultureInfo.InvariantCulture);
            var blocked = CompanyCondition(company);
            if (blocked is not null)
            {
                return new UserYearDecision(year, false, blocked);
            }
            int count = actions.Qualifying.Count(a => a.Date.Year == year);
            if (count == 0)
            {
                return new UserYearDecision(year, false, new DecisionReason(
                    "C6.NoActionInYear", "C6",
                    $"No es empresa usuaria en {yearText}: no tiene acciones que sumen para ser usuaria registradas en ese año (enero a diciembre)."));
            }
            return new UserYearDecision(year, true, new DecisionReason(
                "C6.User", "C6",
                $"Empresa usuaria en {yearText}: {SpanishFormat.Count(count, "acción que suma registrada", "acciones que suman registradas")} en el año."));
        }

        /// <summary>The calendar years in which the company is a user, ascending.</summary>
        public static IReadOnlyList<int> UserYears(UserEligibility company, AccountActions actions)
        {
            if (CompanyCondition(company ?? throw new ArgumentNullException(nameof(company))) is not null)
            {
                return new int[0];
            }
            return actions.Qualifying.Select(a => a.Date.Year).Distinct().OrderBy(y => y).ToArray();
        }

        /// <summary>What changed between the action set before and after an add, re-date or delete.</summary>
        public static UserYearsChange Compare(UserEligibility company, AccountActions before, AccountActions after)
        {
            var was = UserYears(company, before);
            var now = UserYears(company, after);
            return new UserYearsChange(now.Except(was).ToArray(), was.Except(now).ToArray());
        }

        private static DecisionReason? CompanyCondition(UserEligibility company)
        {
            if (company.Origin == CompanyOrigin.Chilean && !company.HasSiiActivityStart)
            {
                return new DecisionReason(
                    "C6.NoSiiActivityStart", "C6",
                    "No es empresa usuaria: una empresa chilena necesita inicio de actividades en el Servicio de Impuestos Internos.");
            }
            if (company.Origin != CompanyOrigin.Chilean && !company.RegisteredByCommercialOffice)
            {
                return new DecisionReason(
                    "C6.NotRegisteredByCommercialOffice", "C6",
                    "No es empresa usuaria: una empresa extranjera (o Empresa Activa Internacional) debe estar registrada en CRM por la oficina comercial.");
            }
            return null;
        }
    }
}
