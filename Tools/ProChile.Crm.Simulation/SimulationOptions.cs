using System;
using System.Globalization;
using System.IO;

namespace ProChile.Crm.Simulation
{
    /// <summary>
    /// What to simulate: how many companies, which calendar years (one by default; consecutive years live on the
    /// same organization, so categories, users, former users and notes carry over), the seed of the synthetic data,
    /// and how many companies share one local organization (a cohort). Companies never affect each other, so the
    /// cohort size changes how long a run takes, never what it counts.
    /// </summary>
    public sealed class SimulationOptions
    {
        public const int MinCompanies = 1;
        public const int MaxCompanies = 100_000;

        // The rules' calendar covers 2000..2101; the synthetic history reaches 5 years back (C7 former users) and
        // follow-ups a year ahead, so the simulated year stays inside it with that margin.
        public const int FirstYear = 2005;
        public const int LastYear = 2100;

        /// <summary>The longest run, in consecutive years.</summary>
        public const int MaxYears = 10;

        public const int DefaultCompanies = 2000;
        public const int DefaultSeed = 2024;

        /// <summary>
        /// The largest cohort a run makes unless told otherwise. A cohort's organization is dropped once its years are
        /// counted, so memory holds one organization per core whatever the portfolio; and the local organization's
        /// scans grow with its tables, so small organizations keep the time per company flat. Measured (2 cores,
        /// 10,000 companies): 500, 1,000 and 2,500 take the same time within noise, against 30% more for two halves
        /// of 5,000; 100,000 companies peak at 330 MB instead of 2.3 GB.
        /// </summary>
        public const int DefaultMaxCohortSize = 1000;
        /// <param name="cohortSize">Companies per local organization; by default the companies split evenly over the cores,
        /// at most <see cref="DefaultMaxCohortSize"/> to an organization.</param>
        /// <param name="lastYear">The last simulated year (the same as <paramref name="year"/> by default): the organization
        /// lives through every year from <paramref name="year"/> to it.</param>
        public SimulationOptions(int companies, int year, int seed, int? cohortSize = null, int? lastYear = null)
        {
            if (companies < MinCompanies || companies > MaxCompanies)
            {
                throw new SimulationInputException($"--companies «{companies.ToString(CultureInfo.InvariantCulture)}» no es válido; se acepta un número entero entre {MinCompanies} y {MaxCompanies.ToString(CultureInfo.InvariantCulture)}.");
            }
            if (year < FirstYear || year > LastYear)
            {
                throw new SimulationInputException($"--year «{year.ToString(CultureInfo.InvariantCulture)}» no es válido; se acepta un año entre {FirstYear} y {LastYear}.");
            }
            if (cohortSize < 1)
            {
                throw new SimulationInputException($"--cohort-size «{cohortSize.Value.ToString(CultureInfo.InvariantCulture)}» no es válido; se acepta un número entero de 1 o más.");
            }
            int last = lastYear ?? year;
            if (last < year || last > LastYear || last - year + 1 > MaxYears)
            {
                throw new SimulationInputException(YearsRefused($"{year}-{last}"));
            }
            Companies = companies;
            Year = year;
            EndYear = last;
            Seed = seed;
            CohortSize = cohortSize ?? Math.Min(DefaultMaxCohortSize, (companies + Environment.ProcessorCount - 1) / Environment.ProcessorCount);
        }

        public int Companies { get; }

        /// <summary>The first simulated year.</summary>
        public int Year { get; }

        /// <summary>The last simulated year (<see cref="Year"/> for a one-year run).</summary>
        public int EndYear { get; }

        public int YearCount => EndYear - Year + 1;

        public int Seed { get; }

        public int CohortSize { get; }

        /// <summary>
        /// `--years`: one year (2026) or consecutive years (2026-2028), inside <see cref="FirstYear"/>..<see cref="LastYear"/>
        /// and at most <see cref="MaxYears"/> of them; anything else is refused naming the value and what is accepted.
        /// </summary>
        public static (int First, int Last) ParseYears(string text)
        {
            var parts = text.Trim().Split('-');
            if (parts.Length is 1 or 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                && (parts.Length == 1 ? first : int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : -1) is int last
                && first >= FirstYear && last >= first && last <= LastYear && last - first + 1 <= MaxYears)
            {
                return (first, last);
            }
            throw new SimulationInputException(YearsRefused(text));
        }

        private static string YearsRefused(string value) =>
            $"--years «{value}» no es válido; se acepta un año o años consecutivos AAAA-AAAA (hasta {MaxYears}) entre {FirstYear} y {LastYear}, p. ej. 2026-2028.";

        /// <summary>
        /// The report folder, created if missing; a path that cannot be written is refused before anything runs,
        /// so a long simulation never ends without its report.
        /// </summary>
        public static string RequireWritableDirectory(string path)
        {
            string full;
            try
            {
                full = Path.GetFullPath(path);
                Directory.CreateDirectory(full);
                var probe = Path.Combine(full, ".prochile-simulate-" + Guid.NewGuid().ToString("N"));
                File.WriteAllText(probe, string.Empty);
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new SimulationInputException($"--out «{path}» no es válido: no se puede escribir ({e.GetType().Name}); se acepta una carpeta con permiso de escritura (se crea si no existe).");
            }
            return full;
        }
    }

    /// <summary>Bad input to the simulation: the message names the value and what is accepted.</summary>
    public sealed class SimulationInputException : Exception
    {
        public SimulationInputException(string message) : base(message) { }
    }
}
