using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;
using ProChile.Crm.LocalOrganization.Errors;
using ProChile.Crm.LocalOrganization.Security;
using ProChile.Crm.LocalOrganization.Solution;
using ProChile.Crm.LocalOrganization.Time;

namespace ProChile.Crm.Plugins.Tests.Security
{
    /// <summary>
    /// ProChile's people on a local organization with the solution's tables, plugins and roles (from Solution/src):
    /// two regional offices (Metropolitana, Biobío) and a commercial office abroad (Shanghái) under the root unit,
    /// each executive holding Basic User and their ProChile role, and the portfolio administrator in the root unit.
    /// Optionally one role is loaded with one privilege removed, to show which job needs it. Asynchronous steps run
    /// after each outside call, as the async service would, so a job sees its follow-ups.
    /// </summary>
    internal sealed class ProChileStaff
    {
        public static readonly DateTime Now = new DateTime(2025, 3, 10, 15, 0, 0, DateTimeKind.Utc);

        public ProChileStaff(RemovedPrivilege? removed = null)
        {
            Org = new LocalOrganization.LocalOrganization(new LocalOrganization.LocalOrganizationOptions
            {
                Clock = new ManualClock(Now),
                AsyncSteps = LocalOrganization.AsyncStepExecution.AfterEachOperation,
            });
            SolutionTables.Shipped.DeclareOn(Org.Schema);
            if (removed is RemovedPrivilege r)
            {
                Org.Schema.Roles.Replace(Org.Schema.Roles.Role(r.Role).Without(r.Table, r.Privilege));
            }

            Org.RegisterPluginsFrom(typeof(ProChile.Crm.Plugins.Pipeline.PluginBase).Assembly);
            var metropolitana = Org.AddBusinessUnit("Oficina Regional Metropolitana");
            var biobio = Org.AddBusinessUnit("Oficina Regional Biobío");
            var shanghai = Org.AddBusinessUnit("Oficina Comercial Shanghái");
            RegionalExecutive = Org.AddUser("Ejecutiva Regional Metropolitana", metropolitana, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            RegionalColleague = Org.AddUser("Ejecutivo Regional Metropolitana", metropolitana, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            OtherRegionExecutive = Org.AddUser("Ejecutivo Regional Biobío", biobio, SolutionRoles.BasicUser, SolutionRoles.RegionalExecutive);
            CommercialExecutive = Org.AddUser("Ejecutiva Comercial Shanghái", shanghai, SolutionRoles.BasicUser, SolutionRoles.CommercialExecutive);
            CommercialColleague = Org.AddUser("Ejecutivo Comercial Shanghái", shanghai, SolutionRoles.BasicUser, SolutionRoles.CommercialExecutive);
            PortfolioAdministrator = Org.AddUser("Administradora de Cartera", Org.RootBusinessUnitId, SolutionRoles.BasicUser, SolutionRoles.PortfolioAdministrator);
            BasicUserOnly = Org.AddUser("Usuario Básico", metropolitana, SolutionRoles.BasicUser);
        }

        public LocalOrganization.LocalOrganization Org { get; }

        public Guid RegionalExecutive { get; }

        public Guid RegionalColleague { get; }

        public Guid OtherRegionExecutive { get; }

        public Guid CommercialExecutive { get; }

        public Guid CommercialColleague { get; }

        public Guid PortfolioAdministrator { get; }

        public Guid BasicUserOnly { get; }

        public IOrganizationService As(Guid user) => Org.ServiceFor(user);

        public Entity Stored(string table, Guid id) => Org.Inspect(table, id) ?? throw new AssertFailedException($"{table} {id} is not stored.");

        /// <summary>C2: a company with its RUT and contact data, in the portfolio (region Metropolitana).</summary>
        public static Entity Company(string name = "Viña Los Andes SpA", Choices.Region region = Choices.Region.Metropolitana) => new Entity(Account.EntityLogicalName)
        {
            [Account.Name] = name,
            [Account.Rut] = "76.086.428-5",
            [Account.Region] = new OptionSetValue((int)region),
            [Account.Email] = "contacto@vinalosandes.cl",
            [Account.Telephone] = "+56 2 2345 6789",
            [Account.Exporter] = true,
            [Account.StrategicSector] = "Vinos",
            [Account.SiiActivitiesStarted] = true,
        };

        /// <summary>A company registered and validated by <paramref name="executive"/> through the pipeline.</summary>
        public Guid CompanyOf(Guid executive, string name = "Viña Los Andes SpA", Choices.Region region = Choices.Region.Metropolitana)
        {
            var service = As(executive);
            var id = service.Create(Company(name, region));
            service.Update(new Entity(Account.EntityLogicalName, id)
            {
                [Account.ValidatedBy] = new EntityReference("systemuser", executive),
                [Account.ValidatedOn] = Now,
            });
            return id;
        }

        /// <summary>A note a regional executive leaves on a company (N1), as a draft.</summary>
        public static Entity Note(Guid accountId) => new Entity(BehaviourNote.EntityLogicalName)
        {
            [BehaviourNote.Name] = "No asistió a la agenda confirmada",
            [BehaviourNote.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            [BehaviourNote.Reason] = "N1: la empresa no viajó a la feria sin caso fortuito ni fuerza mayor.",
        };

        public static Entity Action(Guid accountId, DateTime date, string name = "Asesoría exportadora") => new Entity(ActionRecord.EntityLogicalName)
        {
            [ActionRecord.Name] = name,
            [ActionRecord.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            [ActionRecord.ActionDate] = date,
            [ActionRecord.Qualifies] = true,
        };

        /// <summary>A help-centre question (S7) for the Metropolitana office about a company.</summary>
        public static Entity Question(Guid accountId, Choices.Region office = Choices.Region.Metropolitana) => new Entity(Request.EntityLogicalName)
        {
            [Request.Name] = "Consulta sobre certificados de origen",
            [Request.Channel] = new OptionSetValue((int)Choices.Channel.HelpCentre),
            [Request.Office] = new OptionSetValue((int)office),
            [Request.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
        };

        public static Entity ElectionDay(DateTime date) => new Entity(Holiday.EntityLogicalName)
        {
            [Holiday.Name] = "Elecciones de prueba",
            [Holiday.Date] = date,
            [Holiday.Scope] = new OptionSetValue((int)Choices.HolidayScope.National),
            [Holiday.LegalBasis] = "Ley 99.999",
        };

        /// <summary>Runs a call that must be refused by security; returns Dataverse's fault.</summary>
        public static OrganizationServiceFault Refused(Action call)
        {
            var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call).Detail;
            Assert.IsTrue(ErrorCodes.IsSecurityRefusal(fault.ErrorCode), $"Expected a privilege fault, got 0x{fault.ErrorCode:X8}: {fault.Message}");
            return fault;
        }
    }

    /// <summary>A role loaded without one of its grants.</summary>
    internal readonly record struct RemovedPrivilege(string Role, string Table, PrivilegeType Privilege)
    {
        public override string ToString() => $"{Role} without {Privilege} on {Table}";
    }
}
