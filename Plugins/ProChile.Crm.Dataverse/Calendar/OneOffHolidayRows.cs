using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Calendar;
using Holiday = ProChile.Crm.Rules.Calendar.Holiday;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;

namespace ProChile.Crm.Dataverse.Calendar
{
    /// <summary>
    /// D5: the one-off holidays admins add as rows of pch_holiday, as the calendar's <see cref="Holiday"/> values.
    /// National rows apply everywhere; regional rows to their region's office; communal rows to the office of
    /// their region when its city is among the communes (the Ñuble office is in Chillán), and to no office
    /// otherwise, since no office counts days in that commune. A row without a law gets a note saying so,
    /// because the calendar cites a legal basis for every holiday.
    /// </summary>
    public static class OneOffHolidayRows
    {
        public const string NoLegalBasis = "Sin ley indicada (feriado registrado por un administrador)";

        /// <summary>The active holiday rows with the columns read here.</summary>
        public static QueryExpression Query()
        {
            var query = new QueryExpression(HolidayTable.EntityLogicalName)
            {
                ColumnSet = new ColumnSet(HolidayTable.Name, HolidayTable.Date, HolidayTable.Scope, HolidayTable.Region, HolidayTable.Communes, HolidayTable.LegalBasis),
            };
            query.Criteria.AddCondition(HolidayTable.StateCode, ConditionOperator.Equal, 0);
            return query;
        }

        /// <summary>The admins' one-off holidays (one RetrieveMultiple), in date order.</summary>
        public static IReadOnlyList<Holiday> Read(IOrganizationService service) =>
            service.RetrieveMultiple(Query()).Entities.SelectMany(ToHolidays).OrderBy(h => h.Date).ToArray();

        /// <summary>
        /// The holiday a row stands for: none for a communal row outside every office's city, one otherwise.
        /// A row missing its date, scope or region is refused in Spanish, naming the column.
        /// </summary>
        public static IEnumerable<Holiday> ToHolidays(Entity row)
        {
            var date = ColumnValues.RequireDate(row, HolidayTable.Date, "la fecha del feriado");
            var name = ColumnValues.RequireString(row, HolidayTable.Name, "el nombre del feriado, por ejemplo «Elecciones presidenciales»");
            var law = ColumnValues.GetString(row, HolidayTable.LegalBasis) ?? NoLegalBasis;
            var scope = ColumnValues.GetChoice(row, HolidayTable.Scope) ?? (int)Choices.HolidayScope.National;
            switch ((Choices.HolidayScope)scope)
            {
                case Choices.HolidayScope.National:
                    return new[] { Holiday.National(date, name, law) };
                case Choices.HolidayScope.Regional:
                    return new[] { Holiday.Regional(date, name, RequireOffice(row).HolidayRegion, law) };
                case Choices.HolidayScope.Communal:
                    var office = RequireOffice(row);
                    return InCommunes(row, office.City)
                        ? new[] { Holiday.Regional(date, name, office.HolidayRegion, law) }
                        : new Holiday[0];
                default:
                    throw ColumnValues.Invalid(row, HolidayTable.Scope, scope, "nacional, regional o comunal");
            }
        }

        private static Office RequireOffice(Entity row)
        {
            int region = ColumnValues.RequireChoice(row, HolidayTable.Region, "la región del feriado regional o comunal");
            return RegionChoices.TryGetOffice(region, out var office)
                ? office
                : throw ColumnValues.Invalid(row, HolidayTable.Region, region, RegionChoices.Expected);
        }

        private static bool InCommunes(Entity row, string city) =>
            (ColumnValues.GetString(row, HolidayTable.Communes) ?? string.Empty)
                .Split(',')
                .Any(commune => string.Equals(commune.Trim(), city, StringComparison.OrdinalIgnoreCase));
    }
}
