extern alias shipped;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.LocalOrganization;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.LocalOrganization.Time;
using ProChile.Crm.Simulation.Organization;
using ProChile.Crm.Simulation.Portfolio;
using ProChile.Crm.Simulation.Results;
using Choices = shipped::ProChile.Crm.Dataverse.Schema.Choices;
using PluginBase = shipped::ProChile.Crm.Plugins.Pipeline.PluginBase;

namespace ProChile.Crm.Simulation.Running
{
    /// <summary>
    /// One cohort of companies living through one or more consecutive years on its own local organization, with the
    /// shipped plugins registered from their [PluginStep] and [CustomApi] declarations and asynchronous steps run after each call.
    /// Events run in time order (ties in the order they were scheduled); the clock is set to each event's instant
    /// before it acts, so the plugins see the years pass. The run is lived by people, as Dataverse would check them:
    /// each regional office is a business unit with its executive (Basic User + the regional role), who owns its
    /// companies; the commercial offices abroad share a unit with their executive (Basic User + the commercial role);
    /// an administrator (Basic User + the portfolio role) keeps holidays and settings. Each write goes through the
    /// service of the person whose job it is. The organization is never reset between years.
    /// </summary>
    internal sealed class CohortRun
    {
        private readonly PriorityQueue<SimulationEvent, (DateTime At, long Sequence)> queue = new();
        private readonly ManualClock clock;
        private readonly Dictionary<Choices.Region, Guid> executives = new();
        private readonly Dictionary<int, Guid> accounts = new();
        private readonly Dictionary<Guid, IOrganizationService> services = new();
        private long sequence;

        public CohortRun(SolutionSchema schema, int firstYear, int lastYear)
        {
            FirstYear = firstYear;
            RunEndUtc = YearEndUtc(lastYear);
            clock = new ManualClock(YearStartUtc(firstYear));
            Organization = new LocalOrganization.LocalOrganization(new LocalOrganizationOptions
            {
                Clock = clock,
                AsyncSteps = AsyncStepExecution.AfterEachOperation,
            });
            schema.DeclareOn(Organization.Schema);
            Organization.RegisterPluginsFrom(typeof(PluginBase).Assembly);
            // The Custom APIs a cloud flow calls (the daily sweep, pch_BarrerPlazos), from their [CustomApi] declarations.
            Organization.RegisterCustomApisFrom(typeof(PluginBase).Assembly);
            foreach (Choices.Region region in Enum.GetValues(typeof(Choices.Region)))
            {
                string label = schema.ChoiceLabel(Choices.OptionSetNames.Region, (int)region);
                var unit = Organization.AddBusinessUnit("Oficina Regional " + label);
                executives[region] = Organization.AddUser("Ejecutivo(a) " + label, unit, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            }
            var commercialUnit = Organization.AddBusinessUnit("Oficinas Comerciales");
            CommercialExecutiveId = Organization.AddUser("Ejecutivo(a) Comercial", commercialUnit, SolutionRoles.BasicUser, SolutionRoles.CommercialExecutive);
            AdministratorId = Organization.AddUser("Administrador(a) de Cartera", Organization.RootBusinessUnitId, SolutionRoles.BasicUser, SolutionRoles.PortfolioAdministrator);
        }

        /// <summary>The commercial offices' executive, who answers the importer demands (S9-S12) they owe.</summary>
        public Guid CommercialExecutiveId { get; }

        /// <summary>The portfolio administrator, who keeps holidays and settings.</summary>
        public Guid AdministratorId { get; }

        /// <summary>The portfolio administrator's service (the daily sweep's caller, as its cloud flow's owner).</summary>
        public IOrganizationService AdministratorService => ServiceOf(AdministratorId);

        public LocalOrganization.LocalOrganization Organization { get; }

        public int FirstYear { get; }

        /// <summary>The end of the last simulated year: nothing is scheduled from then on.</summary>
        public DateTime RunEndUtc { get; }

        public DateTime NowUtc => clock.UtcNow;

        /// <summary>What the run observes in the year being lived (a new tally each year).</summary>
        public RunTallies Tallies { get; private set; } = new RunTallies();

        public SectionTimings Timings { get; } = new SectionTimings();

        public static DateTime YearStartUtc(int year) => new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // D4: the year ends at midnight in mainland Chile, 03:00 UTC in summer time.
        public static DateTime YearEndUtc(int year) => new DateTime(year + 1, 1, 1, 3, 0, 0, DateTimeKind.Utc);

        /// <summary>The regional executive's service: what they create, they own.</summary>
        public IOrganizationService ExecutiveOf(Choices.Region region) => ServiceOf(executives[region]);

        /// <summary>The service of the person who owns a row (the company's executive for its account and notes).</summary>
        public IOrganizationService OwnerOf(string table, Guid id) =>
            ServiceOf(Organization.Inspect(table, id)?.GetAttributeValue<EntityReference>("ownerid")?.Id
                ?? throw new InvalidOperationException($"{table} {id} has no owner."));

        /// <summary>The service of the office that owes a request's answer: a commercial office abroad, else the regional office (D4).</summary>
        public IOrganizationService OwingOfficeOf(string? commercialOffice, Choices.Region office) =>
            commercialOffice is not null ? ServiceOf(CommercialExecutiveId) : ExecutiveOf(office);

        private IOrganizationService ServiceOf(Guid userId)
        {
            if (!services.TryGetValue(userId, out var service))
            {
                service = Organization.ServiceFor(userId);
                services[userId] = service;
            }
            return service;
        }

        public Guid ExecutiveIdOf(Choices.Region region) => executives[region];

        /// <summary>The account a company was registered as, so its later years act on the same row.</summary>
        public void Registered(int companyIndex, Guid accountId) => accounts[companyIndex] = accountId;

        public Guid? AccountOf(int companyIndex) => accounts.TryGetValue(companyIndex, out var id) ? id : null;

        public void Schedule(SimulationEvent simulationEvent)
        {
            if (simulationEvent.AtUtc < RunEndUtc)
            {
                queue.Enqueue(simulationEvent, (simulationEvent.AtUtc, sequence++));
            }
        }

        public static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

        /// <summary>
        /// Runs every event of <paramref name="year"/> in time order (an event may schedule later ones; those past the
        /// year's end wait for the next year). <paramref name="daysPassed"/> hears how many days of the year went by
        /// since its last call, ending at the year's length. The year's <see cref="Tallies"/> start afresh.
        /// </summary>
        public void RunYear(int year, Action<int> daysPassed)
        {
            Tallies = new RunTallies();
            var yearStart = YearStartUtc(year);
            var yearEnd = YearEndUtc(year);
            var watch = new Stopwatch();
            int daysReported = 0;
            while (queue.TryPeek(out var next, out _) && next.AtUtc < yearEnd)
            {
                queue.Dequeue();
                if (next.AtUtc > clock.UtcNow)
                {
                    clock.Set(next.AtUtc);
                    daysReported = ReportDays(daysPassed, daysReported, Math.Min((int)(next.AtUtc - yearStart).TotalDays, DaysIn(year)));
                }
                watch.Restart();
                try
                {
                    next.Run(this);
                }
                catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail is not null && ErrorCodes.IsSecurityRefusal(fault.Detail.ErrorCode))
                {
                    // A person refused a write their job needs: the roles are wrong (expected 0), shown with its message.
                    Tallies.Refused(next.Section, fault.Detail.Message);
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    // A refusal the plan did not expect: counted and shown, never hidden, and the year goes on.
                    Tallies.Unexpected(next.Section, fault.Detail?.Message ?? fault.Message);
                }
                Timings.Add(next.Section, watch.Elapsed);
            }
            ReportDays(daysPassed, daysReported, DaysIn(year));
        }

        private static int ReportDays(Action<int> daysPassed, int reported, int day)
        {
            if (day > reported)
            {
                daysPassed(day - reported);
                return day;
            }
            return reported;
        }
    }
}
