using System;
using System.Linq;
using CsCheck;
using ProChile.Crm.Rules.Calendar;
using ProChile.Crm.Rules.Deadlines;
using ProChile.Crm.Rules.Tests.Calendar;

namespace ProChile.Crm.Rules.Tests.Deadlines
{
    /// <summary>D1 invariants over random starts in 2000..2100, random terms and random offices.</summary>
    [TestClass]
    public sealed class BusinessDayPropertyTests
    {
        private static readonly long FirstTick = new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).Ticks;
        private static readonly long LastTick = new DateTime(2100, 12, 31, 0, 0, 0, DateTimeKind.Utc).Ticks;

        private static readonly Gen<DateTime> StartUtc =
            Gen.Long[FirstTick, LastTick].Select(t => new DateTime(t - t % TimeSpan.TicksPerSecond, DateTimeKind.Utc));

        private static readonly Gen<OfficeCalendar> Office =
            Gen.Int[0, Offices.All.Count - 1].Select(i => TestCalendars.For(Offices.All[i].Slug));

        private static readonly Gen<int> Term = Gen.Int[1, 60];

        [TestMethod]
        public void D1_DueIsAfterStart()
        {
            Gen.Select(StartUtc, Term, Office).Sample((start, term, calendar) =>
            {
                var deadline = DeadlineTerm.BusinessDays(term).DeadlineFrom("P", start, calendar);
                return deadline.DueUtc > deadline.StartUtc && deadline.WarningUtc >= deadline.StartUtc && deadline.WarningUtc <= deadline.DueUtc;
            });
        }

        [TestMethod]
        public void D1_CountingTheBusinessDaysBetweenStartAndDueGivesBackTheTerm()
        {
            Gen.Select(StartUtc, Term, Office).Sample((start, term, calendar) =>
            {
                var deadline = DeadlineTerm.BusinessDays(term).DeadlineFrom("P", start, calendar);
                var startDate = calendar.DateAt(deadline.StartUtc);
                var dueDate = calendar.DateAt(deadline.DueUtc);
                return calendar.BusinessDays.CountBusinessDays(startDate, dueDate) == term
                    && calendar.BusinessDays.IsBusinessDay(dueDate)
                    && deadline.DueLocal.TimeOfDay == OfficeTimeZone.EndOfDay;
            });
        }

        [TestMethod]
        public void D1_DueNeverMovesEarlierWhenStartOrTermGrows()
        {
            var laterStart = Gen.Long[0, 40 * TimeSpan.TicksPerDay];
            Gen.Select(StartUtc, Term, Gen.Int[0, 10], laterStart, Office).Sample((start, term, moreDays, delay, calendar) =>
            {
                var first = DeadlineTerm.BusinessDays(term).DeadlineFrom("P", start, calendar);
                var longer = DeadlineTerm.BusinessDays(term + moreDays).DeadlineFrom("P", start, calendar);
                var later = DeadlineTerm.BusinessDays(term).DeadlineFrom("P", start.AddTicks(delay), calendar);
                return longer.DueUtc >= first.DueUtc && later.DueUtc >= first.DueUtc;
            });
        }

        [TestMethod]
        public void D1_EverySkippedDayIsAWeekendOrAHoliday()
        {
            Gen.Select(StartUtc, Term, Office).Sample((start, term, calendar) =>
            {
                var deadline = DeadlineTerm.BusinessDays(term).DeadlineFrom("P", start, calendar);
                var startDate = calendar.DateAt(deadline.StartUtc);
                var dueDate = calendar.DateAt(deadline.DueUtc);
                int span = dueDate - startDate;
                return deadline.Skipped.Count == span - term
                    && deadline.Skipped.All(day =>
                        day.Date > startDate && day.Date < dueDate
                        && !calendar.BusinessDays.IsBusinessDay(day.Date)
                        && (day.Reason == NonBusinessReason.Holiday
                            ? calendar.BusinessDays.Holidays.InYear(day.Date.Year).Any(h => h.Date == day.Date)
                            : day.Date.IsWeekend));
            });
        }

        [TestMethod]
        public void D2_CalendarDayDueIsExactlyTheTermsLocalDateAfterTheStart()
        {
            Gen.Select(StartUtc, Term, Office).Sample((start, term, calendar) =>
            {
                var deadline = DeadlineTerm.CalendarDays(term).DeadlineFrom("P", start, calendar);
                return calendar.DateAt(deadline.DueUtc) - calendar.DateAt(deadline.StartUtc) == term && deadline.DueUtc > deadline.StartUtc;
            });
        }
    }
}
