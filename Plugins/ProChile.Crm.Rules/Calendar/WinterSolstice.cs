using System;

namespace ProChile.Crm.Rules.Calendar
{
    /// <summary>
    /// The instant of the June (southern winter) solstice, for Ley 21.357's "Día Nacional de los Pueblos
    /// Indígenas" (D5). Computed with Jean Meeus' method (Astronomical Algorithms, 2nd ed., ch. 27: the mean
    /// solstice of table 27.B for years 2000..3000 corrected by the 24 periodic terms of table 27.C), which
    /// agrees with the full VSOP87 theory to within about a minute over this range. The result is Terrestrial
    /// Time converted to UTC with the Espenak–Meeus polynomial for ΔT. It knows nothing of time zones: which
    /// Chilean calendar date the instant falls on is the caller's business (see <see cref="NationalHolidayRules"/>).
    /// </summary>
    public static class WinterSolstice
    {
        public const int FirstYear = 2000;
        public const int LastYear = 2200;

        // Meeus table 27.C: amplitude A, phase B (degrees), rate C (degrees per Julian century).
        private static readonly double[] PeriodicTerms =
        {
            485, 324.96, 1934.136,   203, 337.23, 32964.467,  199, 342.08, 20.186,     182, 27.85, 445267.112,
            156, 73.14, 45036.886,   136, 171.52, 22518.443,  77, 222.54, 65928.934,   74, 296.72, 3034.906,
            70, 243.58, 9037.513,    58, 119.81, 33718.147,   52, 297.17, 150.678,     50, 21.02, 2281.226,
            45, 247.54, 29929.562,   44, 325.15, 31555.956,   29, 60.93, 4443.417,     18, 155.12, 67555.328,
            17, 288.79, 4562.452,    16, 198.04, 62894.029,   14, 199.76, 31436.921,   12, 95.39, 14577.848,
            12, 287.11, 31931.756,   12, 320.81, 34777.259,   9, 227.73, 1222.114,     8, 15.45, 16859.074,
        };

        private const double JulianDayOfUnixEpoch = 2440587.5;
        private static readonly DateTime UnixEpoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The UTC instant (kind Utc, rounded to the second) of the June solstice of <paramref name="year"/>.</summary>
        public static DateTime InstantUtc(int year)
        {
            if (year < FirstYear || year > LastYear)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, $"The solstice is computed for years {FirstYear}..{LastYear}.");
            }
            double y = (year - 2000) / 1000.0;
            double meanJde = 2451716.56767 + 365241.62603 * y + 0.00325 * y * y + 0.00888 * y * y * y - 0.00030 * y * y * y * y;
            double t = (meanJde - 2451545.0) / 36525.0;
            double w = Radians(35999.373 * t - 2.47);
            double deltaLambda = 1 + 0.0334 * Math.Cos(w) + 0.0007 * Math.Cos(2 * w);
            double sum = 0;
            for (int i = 0; i < PeriodicTerms.Length; i += 3)
            {
                sum += PeriodicTerms[i] * Math.Cos(Radians(PeriodicTerms[i + 1] + PeriodicTerms[i + 2] * t));
            }
            double jde = meanJde + 0.00001 * sum / deltaLambda;
            double julianDayUt = jde - DeltaTSeconds(year) / 86400.0;
            long seconds = (long)Math.Round((julianDayUt - JulianDayOfUnixEpoch) * 86400.0);
            return UnixEpoch.AddSeconds(seconds);
        }

        /// <summary>ΔT = TT − UT in seconds (Espenak and Meeus, NASA Five Millennium Canon, polynomial fits).</summary>
        private static double DeltaTSeconds(int year)
        {
            double decimalYear = year + 0.47; // the June solstice falls near the year's 0.47 mark
            if (decimalYear < 2005)
            {
                double t = decimalYear - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
            }
            if (decimalYear < 2050)
            {
                double t = decimalYear - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            }
            if (decimalYear < 2150)
            {
                double u = (decimalYear - 1820) / 100;
                return -20 + 32 * u * u - 0.5628 * (2150 - decimalYear);
            }
            double v = (decimalYear - 1820) / 100;
            return -20 + 32 * v * v;
        }

        private static double Radians(double degrees) => degrees * Math.PI / 180.0;
    }
}
