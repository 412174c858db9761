using System;
using CsCheck;
using ProChile.Crm.Dataverse.Mapping;
using ProChile.Crm.Rules.Calendar;

namespace ProChile.Crm.Plugins.Tests.Dataverse.Mapping
{
    /// <summary>D4: a Date Only column's value (00:00:00, no time part) is the date itself; anything else an instant.</summary>
    [TestClass]
    public sealed class DateInputTests
    {
        private static readonly OfficeCalendars Calendars = OfficeCalendars.WithKnownHolidays();
        private static readonly OfficeCalendar Santiago = Calendars.ForOffice(Offices.Metropolitana);
        private static readonly OfficeCalendar PuntaArenas = Calendars.ForOffice(Offices.Magallanes);

        [TestMethod]
        public void MidnightUtcIsTheDateItselfInEveryOffice()
        {
            var input = DateInput.Read(new DateTime(2026, 9, 18, 0, 0, 0, DateTimeKind.Utc));

            Assert.IsTrue(input.IsCivilDate);
            Assert.AreEqual(new CivilDate(2026, 9, 18), input.DateIn(Santiago));
            Assert.AreEqual(new CivilDate(2026, 9, 18), input.DateIn(PuntaArenas));
        }

        [TestMethod]
        public void OneTickAfterMidnightUtcIsAnInstant_TheEveningBeforeInSantiago()
        {
            var input = DateInput.Read(new DateTime(2026, 9, 18, 0, 0, 0, DateTimeKind.Utc).AddTicks(1));

            Assert.IsFalse(input.IsCivilDate);
            Assert.AreEqual(new CivilDate(2026, 9, 17), input.DateIn(Santiago));
        }

        [TestMethod]
        public void ADateStartsAtLocalMidnightInTheOfficesZone()
        {
            var input = DateInput.Read(new DateTime(2026, 5, 21));

            Assert.AreEqual(new DateTime(2026, 5, 21, 4, 0, 0, DateTimeKind.Utc), input.StartUtcIn(Santiago)); // UTC-4 in winter
            Assert.AreEqual(new DateTime(2026, 5, 21, 3, 0, 0, DateTimeKind.Utc), input.StartUtcIn(PuntaArenas)); // UTC-3 all year
        }

        [TestMethod]
        public void AValueInTheServersLocalTimeIsRefused()
        {
            Assert.ThrowsExactly<ArgumentException>(() => DateInput.Read(new DateTime(2026, 9, 18, 0, 0, 0, DateTimeKind.Local)));
        }

        [TestMethod]
        public void AnyValueWithATimePartKeepsTheInstantsLocalDate_AnyMidnightIsItsOwnDate()
        {
            // Half the samples at midnight exactly, half with a time part, across the calendar's years.
            var firstDay = CalendarRange.FirstDate.AddDays(1);
            int days = CalendarRange.LastDate - firstDay - 1;
            Gen.Select(Gen.Int[0, days], Gen.Bool, Gen.Long[1, TimeSpan.TicksPerDay - 1]).Sample((day, atMidnight, time) =>
            {
                var value = new DateTime(firstDay.AddDays(day).ToDateTime().Ticks + (atMidnight ? 0 : time), DateTimeKind.Utc);
                var input = DateInput.Read(value);
                var expected = atMidnight ? firstDay.AddDays(day) : Santiago.DateAt(value);
                return input.IsCivilDate == atMidnight && input.DateIn(Santiago) == expected && input.Utc == value;
            }, seed: "0N0XIzNsQ0O2", iter: 500, threads: 1);
        }
    }
}
