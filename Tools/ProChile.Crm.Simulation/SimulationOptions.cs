using System;
using System.Globalization;
using System.IO;

namespace ProChile.Crm.Simulation
{
    /// <summary>
    /// What to simulate: how many companies, which calendar year, the seed of the synthetic data, and how many
    /// companies share one local organization (a cohort). Companies never affect each other, so the cohort size
    /// changes how long a run takes, never what it counts.
    /// </summary>
    public sealed class SimulationOptions
    {
        public const int MinCompanies = 1;
        public const int MaxCompanies = 100_000;

        // The rules' calendar covers 2000..2101; the synthetic history reaches 5 years back (C7 former users) and
        // follow-ups a year ahead, so the simulated year stays inside it with that margin.
        public const int FirstYear = 2005;
        public const int LastYear = 2100;

        public const int DefaultCompanies = 2000;
        public const int DefaultSeed = 2024;
        /// <param name="cohortSize">Companies per local organization; by default the companies split evenly over the cores
        /// (with the organization's indexes, fewer and larger cohorts cost less: each tabulates the offices' calendars once).</param>
        public SimulationOptions(int companies, int year, int seed, int? cohortSize = null)
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
            Companies = companies;
            Year = year;
            Seed = seed;
            CohortSize = cohortSize ?? (companies + Environment.ProcessorCount - 1) / Environment.ProcessorCount;
        }

        public int Companies { get; }

        public int Year { get; }

        public int Seed { get; }

        public int CohortSize { get; }

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
