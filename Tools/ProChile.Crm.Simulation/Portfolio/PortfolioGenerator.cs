extern alias shipped;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;

namespace ProChile.Crm.Simulation.Portfolio
{
    /// <summary>
    /// Draws a synthetic portfolio from a seed (one <see cref="Random"/>, companies in index order, then each later
    /// year's plans in the same order), so a seed always gives the same companies, actions, requests and no-shows,
    /// and the first year of a longer run is the same as that year alone. The shares below are the simulation's
    /// assumptions, not protocol rules; <see cref="PortfolioShares"/> names them.
    /// </summary>
    public sealed class PortfolioGenerator
    {
        // R1: the 16 regions, weighted roughly by where ProChile's users are (Metropolitana the largest).
        private static readonly (Choices.Region Region, int Weight)[] RegionWeights =
        {
            (Choices.Region.AricaYParinacota, 2), (Choices.Region.Tarapaca, 3), (Choices.Region.Antofagasta, 4),
            (Choices.Region.Atacama, 3), (Choices.Region.Coquimbo, 5), (Choices.Region.Valparaiso, 9),
            (Choices.Region.Metropolitana, 30), (Choices.Region.OHiggins, 6), (Choices.Region.Maule, 6),
            (Choices.Region.Nuble, 4), (Choices.Region.Biobio, 8), (Choices.Region.Araucania, 5),
            (Choices.Region.LosRios, 3), (Choices.Region.LosLagos, 6), (Choices.Region.Aysen, 3), (Choices.Region.Magallanes, 3),
        };

        private static readonly string[] Sectors =
        {
            "Vinos", "Alimentos procesados", "Frutas frescas", "Productos del mar", "Servicios", "Industrias creativas", "Manufacturas", "Minería y energía",
        };

        private static readonly string[] NameStems = { "Agrícola", "Comercial", "Viña", "Pesquera", "Servicios", "Industrias", "Exportadora", "Alimentos" };

        private static readonly string[] NamePlaces = { "Los Andes", "del Pacífico", "Austral", "del Valle", "Atacama", "Patagonia", "del Maule", "Biobío" };

        // S9-S14: commercial offices abroad, known by their time zone (D4).
        private static readonly string[] CommercialOffices = { "America/New_York", "Europe/Madrid", "Asia/Shanghai", "America/Sao_Paulo", "Asia/Tokyo" };

        private static readonly string[] Agendas = { "Misión comercial a Perú", "Rueda de negocios Expoalimentos", "Feria ProWine", "Encuentro Exporta Más", "Misión tecnológica a Corea" };

        private readonly Random random;
        private int year;
        private DateTime yearStartUtc;
        private readonly Dictionary<Choices.Region, double> diligence;

        private PortfolioGenerator(int year, int seed)
        {
            random = new Random(seed);
            this.year = year;
            yearStartUtc = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            // How reliably each regional office answers on time: drawn once per office, so offices differ.
            diligence = RegionWeights.ToDictionary(r => r.Region, _ => PortfolioShares.LeastOfficeDiligence + random.NextDouble() * PortfolioShares.OfficeDiligenceSpread);
        }

        public static SyntheticPortfolio Generate(SimulationOptions options)
        {
            var generator = new PortfolioGenerator(options.Year, options.Seed);
            var companies = Enumerable.Range(0, options.Companies).Select(generator.Company).ToList();
            int questions = Math.Max(1, (int)Math.Round(options.Companies * PortfolioShares.HelpCentreQuestionsPerCompany));
            var helpCentre = Enumerable.Range(0, questions).Select(_ => generator.HelpCentreQuestion()).ToList();
            var laterYears = new List<PortfolioYear>();
            var laterPlans = companies.Select(_ => new List<CompanyYearPlan>()).ToList();
            for (int later = options.Year + 1; later <= options.EndYear; later++)
            {
                generator.Enter(later);
                for (int i = 0; i < companies.Count; i++)
                {
                    laterPlans[i].Add(generator.LaterYear(companies[i], laterPlans[i]));
                }
                laterYears.Add(new PortfolioYear(later, Enumerable.Range(0, questions).Select(_ => generator.HelpCentreQuestion()).ToList()));
            }
            return new SyntheticPortfolio(options.Year, options.Seed, companies.Select((c, i) => c with { LaterYears = laterPlans[i] }).ToList(), helpCentre)
            {
                LaterYears = laterYears,
            };
        }

        private void Enter(int nextYear)
        {
            year = nextYear;
            yearStartUtc = new DateTime(nextYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }

        // A registered company's next year: the same kind of company doing a new year's work. Whether its
        // characterisation form makes it a former user (C7, S5) depends on its last qualifying action so far.
        private CompanyYearPlan LaterYear(CompanyPlan company, IReadOnlyList<CompanyYearPlan> earlier)
        {
            bool complete = company.Completeness == RecordCompleteness.Complete;
            var actions = Actions(company.IsForeign, company.Completeness, registeredDay: 0);
            DateTime? optOut = actions.Count > 0 && !company.ExportaMas && Chance(PortfolioShares.OptOut)
                ? OptOutAfter(actions[random.Next(actions.Count)])
                : null;
            ManualCategoryPlan? manual = complete && Chance(PortfolioShares.ManualCategory)
                ? new ManualCategoryPlan(Instant(random.Next(1, 364)), Chance(0.5) ? Choices.Category.TrabajoHabitual : Choices.Category.TrabajoEsporadico)
                : null;
            var lastQualifying = company.HistoryActionDates
                .Concat(earlier.Prepend(company.FirstYear).SelectMany(y => y.Actions).Where(a => a.Qualifies).Select(a => a.Date))
                .DefaultIfEmpty()
                .Max();
            var history = lastQualifying == default ? Array.Empty<DateTime>() : new[] { lastQualifying };
            var requests = Requests(company.IsForeign, company.Completeness, company.Exporter, company.Potential, history, actions, company.Region, registeredDay: 0);
            var noShow = complete && !company.IsForeign && Chance(PortfolioShares.NoShow) ? NoShow(registeredDay: 0) : null;
            return new CompanyYearPlan(year, actions, optOut, manual, requests, noShow);
        }

        private CompanyPlan Company(int index)
        {
            bool foreign = Chance(PortfolioShares.Foreign);
            var region = Region();
            var completeness = Completeness();
            bool complete = completeness == RecordCompleteness.Complete;
            bool exporter = !foreign && completeness != RecordCompleteness.OutOfFocus && Chance(PortfolioShares.Exporter);
            Choices.ExportPotential? potential = exporter || foreign ? null
                : completeness == RecordCompleteness.OutOfFocus ? Choices.ExportPotential.Baja
                : Potential();
            bool exportaMas = complete && !foreign && Chance(PortfolioShares.ExportaMas);
            var registered = Instant(random.Next(1, 30));
            int registeredDay = registered.DayOfYear - 1;

            var history = History();
            var actions = Actions(foreign, completeness, registeredDay);
            DateTime? optOut = actions.Count > 0 && !exportaMas && Chance(PortfolioShares.OptOut)
                ? OptOutAfter(actions[random.Next(actions.Count)])
                : null;
            ManualCategoryPlan? manual = complete && Chance(PortfolioShares.ManualCategory)
                ? new ManualCategoryPlan(Instant(random.Next(registeredDay + 1, 364)), Chance(0.5) ? Choices.Category.TrabajoHabitual : Choices.Category.TrabajoEsporadico)
                : null;
            var requests = Requests(foreign, completeness, exporter, potential, history, actions, region, registeredDay);
            var noShow = complete && !foreign && Chance(PortfolioShares.NoShow) ? NoShow(registeredDay) : null;

            return new CompanyPlan(
                index,
                CompanyName(index, foreign),
                foreign ? null : RutGenerator.Next(random),
                region,
                completeness,
                exporter,
                potential,
                exportaMas,
                completeness == RecordCompleteness.OutOfFocus && Chance(0.5) ? null : foreign ? "Importador" : Sectors[random.Next(Sectors.Length)],
                registered,
                history,
                actions,
                optOut,
                manual,
                requests,
                noShow);
        }

        private string CompanyName(int index, bool foreign) => foreign
            ? $"Importadora {NamePlaces[random.Next(NamePlaces.Length)]} {index.ToString("D5", CultureInfo.InvariantCulture)} Ltd."
            : $"{NameStems[random.Next(NameStems.Length)]} {NamePlaces[random.Next(NamePlaces.Length)]} {index.ToString("D5", CultureInfo.InvariantCulture)} SpA";

        private RecordCompleteness Completeness()
        {
            double u = random.NextDouble();
            if ((u -= PortfolioShares.RequiredDataMissing) < 0) return RecordCompleteness.RequiredDataMissing;
            if ((u -= PortfolioShares.ContactDataMissing) < 0) return RecordCompleteness.ContactDataMissing;
            if ((u -= PortfolioShares.NotValidated) < 0) return RecordCompleteness.NotValidated;
            if ((u -= PortfolioShares.OutOfFocus) < 0) return RecordCompleteness.OutOfFocus;
            return RecordCompleteness.Complete;
        }

        private Choices.ExportPotential Potential()
        {
            double u = random.NextDouble();
            return u < 0.35 ? Choices.ExportPotential.Alta : u < 0.7 ? Choices.ExportPotential.Media : Choices.ExportPotential.Baja;
        }

        private Choices.Region Region()
        {
            int total = RegionWeights.Sum(r => r.Weight);
            int pick = random.Next(total);
            foreach (var (region, weight) in RegionWeights)
            {
                if ((pick -= weight) < 0)
                {
                    return region;
                }
            }
            return Choices.Region.Metropolitana;
        }

        // C7: some companies last worked with ProChile 3 to 5 years ago (former users); others last year.
        private IReadOnlyList<DateTime> History()
        {
            double u = random.NextDouble();
            if (u < PortfolioShares.FormerUser)
            {
                return new[] { LocalDate(year - 3 - random.Next(3), random.Next(0, 300)) };
            }
            return u < PortfolioShares.FormerUser + PortfolioShares.UserLastYear
                ? new[] { LocalDate(year - 1, random.Next(0, 360)) }
                : Array.Empty<DateTime>();
        }

        private List<ActionPlan> Actions(bool foreign, RecordCompleteness completeness, int registeredDay)
        {
            int count = completeness == RecordCompleteness.RequiredDataMissing ? 0
                : completeness != RecordCompleteness.Complete ? (Chance(0.2) ? 1 : 0)
                : foreign ? (Chance(0.4) ? 1 : 0)
                : Pick(PortfolioShares.ActionsPerCompany);
            return Enumerable.Range(0, count)
                .Select(_ => random.Next(registeredDay, 350))
                .OrderBy(day => day)
                .Select(day => new ActionPlan(LocalDate(year, day), Instant(day + random.Next(0, 4)), Chance(PortfolioShares.QualifyingAction)))
                .ToList();
        }

        // C5/F2: the company declines the monthly email a month or so after an activity.
        private DateTime? OptOutAfter(ActionPlan action)
        {
            var at = action.RegisteredAtUtc.AddDays(30 + random.Next(0, 15));
            return at.Year == year ? at : null;
        }

        private List<RequestPlan> Requests(bool foreign, RecordCompleteness completeness, bool exporter, Choices.ExportPotential? potential,
            IReadOnlyList<DateTime> history, IReadOnlyList<ActionPlan> actions, Choices.Region region, int registeredDay)
        {
            var requests = new List<RequestPlan>();
            if (completeness == RecordCompleteness.RequiredDataMissing)
            {
                return requests;
            }
            if (foreign)
            {
                int demands = 1 + (Chance(0.5) ? 1 : 0);
                for (int i = 0; i < demands; i++)
                {
                    bool urgent = Chance(0.4);
                    var channel = Chance(0.5) ? Choices.Channel.OneClickImport : Choices.Channel.CommercialOpportunities;
                    requests.Add(Request(RequestOpening.ImportDemand, registeredDay, region, channel, urgent ? Choices.Urgency.Urgent : Choices.Urgency.Medium, CommercialOffice()));
                }
                if (Chance(PortfolioShares.AgendaInChile))
                {
                    requests.Add(Request(RequestOpening.AgendaInChile, registeredDay, region, null, null, null));
                }
                if (Chance(PortfolioShares.VisitAgenda))
                {
                    requests.Add(Request(RequestOpening.VisitAgenda, registeredDay, region, null, null, null));
                }
                return requests;
            }
            bool formerUser = history.Count > 0 && history[0].Year <= year - 3;
            if (exporter && Chance(formerUser ? 0.6 : 0.3))
            {
                requests.Add(Request(RequestOpening.CharacterisationForm, registeredDay, region, Choices.Channel.CharacterisationForm, null, null));
            }
            if (!exporter && potential is not null && Chance(0.5))
            {
                requests.Add(Request(RequestOpening.SelfDiagnosis, registeredDay, region, Choices.Channel.SelfDiagnosisTest, null, null));
            }
            if (actions.Count > 0)
            {
                int asks = random.Next(0, 3);
                for (int i = 0; i < asks; i++)
                {
                    requests.Add(Request(RequestOpening.ExecutiveRequest, registeredDay, region, Choices.Channel.Executive, null, null));
                }
            }
            return requests;
        }

        private RequestPlan HelpCentreQuestion() =>
            Request(RequestOpening.HelpCentre, 0, Region(), Choices.Channel.HelpCentre, null, null);

        private RequestPlan Request(RequestOpening opening, int fromDay, Choices.Region office, Choices.Channel? channel, Choices.Urgency? urgency, string? commercialOffice)
        {
            var start = Instant(random.Next(fromDay + 1, 364));
            DateTime? visit = opening == RequestOpening.VisitAgenda ? start.Date.AddDays(random.Next(14, 75)) : null;
            return new RequestPlan(opening, start, channel, urgency, office, commercialOffice, visit, Answer(office), Answer(office));
        }

        private string CommercialOffice() => CommercialOffices[random.Next(CommercialOffices.Length)];

        private AnswerPlan Answer(Choices.Region office)
        {
            double onTime = diligence[office];
            double u = random.NextDouble();
            if (u < onTime)
            {
                return new AnswerPlan(AnswerTiming.OnTime, 0.05 + random.NextDouble() * 0.9);
            }
            return u < onTime + (1 - onTime) * 0.75
                ? new AnswerPlan(AnswerTiming.Late, 0.05 + random.NextDouble() * 1.45)
                : new AnswerPlan(AnswerTiming.Never, 0);
        }

        // N1-N3: no-shows until October, so most notes run their course inside the year.
        private NoShowPlan NoShow(int registeredDay)
        {
            double u = random.NextDouble();
            var conduct = u < 0.5 ? DefenceConduct.FilesOnTime : u < 0.65 ? DefenceConduct.FilesLate : DefenceConduct.Silent;
            return new NoShowPlan(
                Instant(random.Next(registeredDay + 1, 300)),
                Agendas[random.Next(Agendas.Length)],
                Chance(PortfolioShares.ForceMajeure),
                random.Next(1, 5),
                conduct,
                0.1 + random.NextDouble() * 0.8,
                Chance(0.5));
        }

        private bool Chance(double probability) => random.NextDouble() < probability;

        private int Pick(double[] weights)
        {
            double u = random.NextDouble();
            for (int i = 0; i < weights.Length; i++)
            {
                if ((u -= weights[i]) < 0)
                {
                    return i;
                }
            }
            return weights.Length - 1;
        }

        // An instant in office hours (12:00-20:59 UTC, about 8:00-17:59 in mainland Chile) on a day of the year.
        private DateTime Instant(int dayOfYear) =>
            yearStartUtc.AddDays(Math.Min(dayOfYear, 364)).AddHours(12 + random.Next(0, 9)).AddMinutes(random.Next(0, 60));

        // A date-only value (C6 action dates, C7 history): midnight, unspecified kind, as Dataverse returns date-only columns.
        private static DateTime LocalDate(int year, int dayOfYear) =>
            DateTime.SpecifyKind(new DateTime(year, 1, 1).AddDays(Math.Min(dayOfYear, 364)), DateTimeKind.Unspecified);
    }
}
