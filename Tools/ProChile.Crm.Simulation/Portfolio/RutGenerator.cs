using System;
using System.Globalization;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>C10: synthetic RUTs of companies (bodies 76.000.000..77.999.999, as SII gives companies) with their modulo-11 check digit.</summary>
    internal static class RutGenerator
    {
        public static string Next(Random random)
        {
            int body = random.Next(76_000_000, 78_000_000);
            return body.ToString(CultureInfo.InvariantCulture) + "-" + CheckDigit(body);
        }

        // Modulo 11 with weights 2..7 from the right; 11 gives 0 and 10 gives K.
        private static string CheckDigit(int body)
        {
            int sum = 0;
            int weight = 2;
            for (int rest = body; rest > 0; rest /= 10)
            {
                sum += (rest % 10) * weight;
                weight = weight == 7 ? 2 : weight + 1;
            }
            int digit = 11 - (sum % 11);
            return digit == 11 ? "0" : digit == 10 ? "K" : digit.ToString(CultureInfo.InvariantCulture);
        }
    }
}
