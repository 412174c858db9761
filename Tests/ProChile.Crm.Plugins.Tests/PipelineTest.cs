using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using ProChile.Crm.Dataverse.Schema;

namespace ProChile.Crm.Plugins.Tests
{
    /// <summary>
    /// The arrangement every plugin test shares: a local organization with the solution's tables and plugins, its
    /// clock on Monday 10-03-2025 12:00 in Santiago (15:00 UTC, summer time UTC-3), and helpers to arrange rows,
    /// act, and read what was stored and which calls each plugin made.
    /// </summary>
    public abstract class PipelineTest
    {
        protected static readonly DateTime Now = new DateTime(2025, 3, 10, 15, 0, 0, DateTimeKind.Utc);

        protected LocalOrganization.LocalOrganization Org { get; private set; } = null!;

        protected IOrganizationService Service => Org.Service;

        /// <summary>
        /// Whether steps' filters see only the columns the caller sent, not those a PreOperation step added (issue 10,
        /// defect 7): the stricter model, the local organization's default.
        /// </summary>
        protected virtual bool FiltersSeeCallerColumnsOnly => true;

        [TestInitialize]
        public void StartOrganization() =>
            Org = ProChileOrganization.Create(Now, LocalOrganization.AsyncStepExecution.Queued, filtersSeeCallerColumnsOnly: FiltersSeeCallerColumnsOnly);

        /// <summary>C2: an account that meets every portfolio condition (region Metropolitana).</summary>
        protected Entity PortfolioAccount(string name = "Viña Los Andes SpA") => new Entity(Account.EntityLogicalName)
        {
            [Account.Name] = name,
            [Account.Rut] = "76.086.428-5",
            [Account.Region] = new OptionSetValue((int)Choices.Region.Metropolitana),
            [Account.Email] = "contacto@vinalosandes.cl",
            [Account.Telephone] = "+56 2 2345 6789",
            [Account.ValidatedBy] = new EntityReference("systemuser", Org.CallerId),
            [Account.Exporter] = true,
            [Account.StrategicSector] = "Vinos",
            [Account.SiiActivitiesStarted] = true,
        };

        protected Entity Action(Guid accountId, DateTime date, bool qualifies = true, string name = "Asesoría exportadora") => new Entity(ActionRecord.EntityLogicalName)
        {
            [ActionRecord.Name] = name,
            [ActionRecord.AccountId] = new EntityReference(Account.EntityLogicalName, accountId),
            [ActionRecord.ActionDate] = date,
            [ActionRecord.Qualifies] = qualifies,
        };

        protected Entity Stored(string table, Guid id) => Org.Inspect(table, id) ?? throw new AssertFailedException($"{table} {id} is not stored.");

        protected int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

        /// <summary>The calls a plugin made since the last <see cref="StartCounting"/>.</summary>
        protected int CallsBy<TPlugin>() => Org.Activity.CallsMadeBy<TPlugin>().Count;

        protected string[] CallsListBy<TPlugin>() => Org.Activity.CallsMadeBy<TPlugin>().Select(c => c.MessageName + " " + c.EntityName).ToArray();

        protected void StartCounting() => Org.Activity.Clear();

        /// <summary>The fault the caller sees when the operation is refused; fails the test if it succeeds.</summary>
        protected static FaultException<OrganizationServiceFault> Refused(Action operation)
        {
            try
            {
                operation();
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                return fault;
            }
            throw new AssertFailedException("The operation was expected to be refused, and it succeeded.");
        }

        protected static void AssertNoNullReference(FaultException<OrganizationServiceFault> fault) =>
            Assert.IsFalse(fault.Detail.Message.Contains(nameof(NullReferenceException)), fault.Detail.Message);
    }
}
