using System;
using System.Collections.Generic;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// D5: past one-off holidays that are known facts, each with the law that made it. Shipped as data so
    /// the calendar is right for past years without an admin typing them in; future one-offs (and any past
    /// one missing here) are rows that admins add in Dataverse and pass to <see cref="HolidayCalendar"/>.
    /// Elections and plebiscites fall on Sundays (and Saturday 15 May 2021), so they change no business day;
    /// they are listed so that holiday listings are complete. Only days whose date and law are certain are here,
    /// from 2017 on; earlier one-offs (e.g. the 2010 Bicentenary days) are not shipped: admins add them as rows
    /// if they ever need deadlines in those years.
    /// </summary>
    public static class KnownOneOffHolidays
    {
        private const string Ley18700 = "Ley 18.700";

        private static readonly Holiday[] Items =
        {
            Holiday.National(new CivilDate(2017, 4, 19), "Censo de Población y Vivienda", "Ley 20.985"),
            Holiday.National(new CivilDate(2017, 11, 19), "Elecciones Presidencial y Parlamentarias", Ley18700),
            Holiday.National(new CivilDate(2017, 12, 17), "Elección Presidencial (segunda vuelta)", Ley18700),
            Holiday.Regional(new CivilDate(2018, 1, 16), "Visita del Papa Francisco", Offices.Metropolitana, "Ley 21.065"),
            Holiday.Regional(new CivilDate(2018, 1, 17), "Visita del Papa Francisco", Offices.Araucania, "Ley 21.051"),
            Holiday.Regional(new CivilDate(2018, 1, 18), "Visita del Papa Francisco", Offices.Tarapaca, "Ley 21.051"),
            Holiday.National(new CivilDate(2020, 10, 25), "Plebiscito Nacional", Ley18700),
            Holiday.National(new CivilDate(2021, 5, 15), "Elecciones de convencionales constituyentes, gobernadores, alcaldes y concejales", "Ley 18.700; Ley 21.324"),
            Holiday.National(new CivilDate(2021, 5, 16), "Elecciones de convencionales constituyentes, gobernadores, alcaldes y concejales", "Ley 18.700; Ley 21.324"),
            Holiday.National(new CivilDate(2021, 11, 21), "Elecciones Presidencial y Parlamentarias", Ley18700),
            Holiday.National(new CivilDate(2021, 12, 19), "Elección Presidencial (segunda vuelta)", Ley18700),
            Holiday.National(new CivilDate(2022, 9, 4), "Plebiscito Constitucional", Ley18700),
            Holiday.National(new CivilDate(2022, 9, 16), "Feriado adicional de Fiestas Patrias", "Ley 21.521"),
            Holiday.National(new CivilDate(2023, 5, 7), "Elección de Consejeros Constitucionales", Ley18700),
            Holiday.Regional(new CivilDate(2023, 9, 8), "Fiesta de Nuestra Señora de Guadalupe de Ayquina", Offices.Antofagasta, "Ley 21.609"),
            Holiday.Regional(new CivilDate(2023, 9, 20), "Fiesta de La Pampilla", Offices.Coquimbo, "Ley 21.609"),
            Holiday.National(new CivilDate(2023, 12, 17), "Plebiscito Constitucional", Ley18700),
            Holiday.Regional(new CivilDate(2024, 9, 21), "Feriado regional de Magallanes", Offices.Magallanes, "Ley 21.704"),
            Holiday.National(new CivilDate(2024, 10, 27), "Elecciones Municipales y Regionales", "Ley 18.700; Ley 21.693"),
            Holiday.National(new CivilDate(2025, 11, 16), "Elecciones Presidencial y Parlamentarias", Ley18700),
            Holiday.National(new CivilDate(2025, 12, 14), "Elección Presidencial (segunda vuelta)", Ley18700),
        };

        /// <summary>All shipped one-off holidays, in date order.</summary>
        public static IReadOnlyList<Holiday> All { get; } = Array.AsReadOnly(Items); // read-only: no caller can change shared data
    }
}
