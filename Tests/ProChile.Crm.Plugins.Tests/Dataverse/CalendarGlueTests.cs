using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Calendar;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.Rules.Calendar;
using HolidayTable = ProChile.Crm.Dataverse.Schema.Holiday;
using RuleHoliday = ProChile.Crm.Rules.Calendar.Holiday;

namespace ProChile.Crm.Plugins.Tests.Dataverse
{
    [TestClass]
    public sealed class CalendarGlueTests
    {
        private static Entity Row(Choices.HolidayScope scope, Choices.Region? region = null, string? communes = null)
        {
            var row = new Entity(HolidayTable.EntityLogicalName)
            {
                [HolidayTable.Name] = "Feriado de prueba",
                [HolidayTable.Date] = new DateTime(2025, 8, 20),
                [HolidayTable.Scope] = new OptionSetValue((int)scope),
            };
            if (region is Choices.Region r)
            {
                row[HolidayTable.Region] = new OptionSetValue((int)r);
            }
            if (communes is not null)
            {
                row[HolidayTable.Communes] = communes;
            }
            return row;
        }

        [TestMethod]
        public void D5_ARowWithoutLawIsReadWithANoteSayingSo()
        {
            var holiday = OneOffHolidayRows.ToHolidays(Row(Choices.HolidayScope.National)).Single();

            Assert.AreEqual("2025-08-20 Feriado de prueba (Sin ley indicada (feriado registrado por un administrador))", holiday.ToString());
        }

        [TestMethod]
        public void D5_ACommunalRowOutsideTheOfficesCityAppliesToNoOffice()
        {
            Assert.AreEqual(0, OneOffHolidayRows.ToHolidays(Row(Choices.HolidayScope.Communal, Choices.Region.Nuble, "San Carlos")).Count());
        }

        [TestMethod]
        public void D5_ACommunalRowInTheOfficesCityIsARegionalHolidayOfThatOffice()
        {
            var holiday = OneOffHolidayRows.ToHolidays(Row(Choices.HolidayScope.Communal, Choices.Region.Nuble, "chillán viejo, Chillán")).Single();

            Assert.AreEqual(Offices.Nuble, holiday.Region);
        }

        [TestMethod]
        public void TheCacheReusesTheCalendarsForTheSameHolidaysAndRebuildsWhenARowChanges()
        {
            var cache = new OfficeCalendarCache();
            var one = new[] { RuleHoliday.National(new CivilDate(2025, 8, 20), "Feriado de prueba", "Ley 99.999") };
            var same = new[] { RuleHoliday.National(new CivilDate(2025, 8, 20), "Feriado de prueba", "Ley 99.999") };
            var moved = new[] { RuleHoliday.National(new CivilDate(2025, 8, 21), "Feriado de prueba", "Ley 99.999") };

            var first = cache.For(one);

            Assert.AreSame(first, cache.For(same));
            Assert.AreNotSame(first, cache.For(moved));
            Assert.IsFalse(cache.For(moved).ForOffice(Offices.Metropolitana).BusinessDays.IsBusinessDay(new CivilDate(2025, 8, 21)));
        }
    }
}
