using System.Globalization;

namespace ProChile.Crm.Simulation.Results
{
    /// <summary>
    /// Numbers as a Chilean reader writes them: 2.000 empresas, 79,6 %. A fixed format rather than the es-CL
    /// culture, so the summary reads the same on every machine, whatever culture data it has.
    /// </summary>
    public static class SpanishNumbers
    {
        private static readonly NumberFormatInfo Format = new NumberFormatInfo
        {
            NumberGroupSeparator = ".",
            NumberDecimalSeparator = ",",
            NegativeSign = "-",
        };

        /// <summary>A count with thousands grouped by dots: 16.254.</summary>
        public static string Count(int value) => value.ToString("N0", Format);

        /// <summary>The share of <paramref name="whole"/> that <paramref name="part"/> is, one decimal: 79,6 %; "-" for an empty whole.</summary>
        public static string Percent(int part, int whole) =>
            whole == 0 ? "-" : (100.0 * part / whole).ToString("N1", Format) + " %";
    }
}
