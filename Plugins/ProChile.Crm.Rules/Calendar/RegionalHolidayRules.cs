using System.Collections.Generic;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D5: the recurring regional holidays, each from the year its law took effect. Only two exist: Arica y
    /// Parinacota's 7 June and the 20 August of the communes of Chillán and Chillán Viejo, which the Ñuble
    /// office (in Chillán) observes. Regional one-offs are data (<see cref="KnownOneOffHolidays"/>).
    /// </summary>
    public static class RegionalHolidayRules
    {
        public const string Ley20663 = "Ley 20.663";
        public const string Ley20768 = "Ley 20.768";

        /// <summary>The regions that have recurring regional holidays of their own.</summary>
        public static IReadOnlyList<string> Regions { get; } = new[] { Offices.AricaYParinacota, Offices.Nuble };

        /// <summary>The recurring regional holidays of <paramref name="year"/> for every region, in date order.</summary>
        public static IReadOnlyList<Holiday> InYear(int year)
        {
            CalendarRange.RequireYear(year);
            var holidays = new List<Holiday>(2);
            if (year >= 2013)
            {
                // D5, Ley 20.663 (from 2013): the Arica y Parinacota region.
                holidays.Add(Holiday.Regional(new CivilDate(year, 6, 7), "Asalto y Toma del Morro de Arica", Offices.AricaYParinacota, Ley20663));
            }
            if (year >= 2014)
            {
                // D5, Ley 20.768 (from 2014): the communes of Chillán and Chillán Viejo, where the Ñuble office is.
                holidays.Add(Holiday.Regional(new CivilDate(year, 8, 20), "Nacimiento del Prócer de la Independencia (Chillán y Chillán Viejo)", Offices.Nuble, Ley20768));
            }
            return holidays;
        }
    }
}
